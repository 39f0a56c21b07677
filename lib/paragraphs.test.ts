import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./paragraphs";

describe("splitParagraphs", () => {
  it("splits on blank lines whatever the line endings", () => {
    expect(splitParagraphs("Un.\n\nDeux.\r\n\r\nTrois.")).toEqual(["Un.", "Deux.", "Trois."]);
  });
  it("keeps single line breaks inside a paragraph and drops empty ones", () => {
    expect(splitParagraphs("\n\nLigne 1\nligne 2\n \n\n\n")).toEqual(["Ligne 1\nligne 2"]);
  });
  it("leaves markup as plain text", () => {
    expect(splitParagraphs("<script>alert(1)</script>")).toEqual(["<script>alert(1)</script>"]);
  });
});
