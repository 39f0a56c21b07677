import { describe, expect, it } from "vitest";
import { toCsvRecords, UTF8_BOM } from "./csv";

const one = (cell: string | number | boolean | null) => toCsvRecords([[cell]]);

describe("CSV writing", () => {
  it("ends every record with CRLF and separates fields with commas", () => {
    expect(toCsvRecords([["a", "b"], ["c", "d"]])).toBe("a,b\r\nc,d\r\n");
  });
  it("quotes fields with a comma, a quote or a line break, doubling quotes (RFC 4180)", () => {
    expect(toCsvRecords([["a,b", 'dit "oui"', "ligne 1\nligne 2", "fin\r", "x\r\ny"]])).toBe(
      '"a,b","dit ""oui""","ligne 1\nligne 2","fin\r","x\r\ny"\r\n',
    );
  });
  it("leaves plain text, accents, ligatures and Arabic unquoted and unchanged", () => {
    expect(toCsvRecords([["Modernisation de l'état civil", "mise en œuvre", "تحديث الحالة المدنية"]])).toBe(
      "Modernisation de l'état civil,mise en œuvre,تحديث الحالة المدنية\r\n",
    );
  });
  it("writes null as an empty cell and booleans and numbers as the JSON does", () => {
    expect(toCsvRecords([[null, true, false, 0, 42, "", "z"]])).toBe(",true,false,0,42,,z\r\n");
  });
  it("writes nothing for no rows", () => {
    expect(toCsvRecords([])).toBe("");
  });
  it("has a UTF-8 byte order mark of three bytes", () => {
    expect([...Buffer.from(UTF8_BOM, "utf8")]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("CSV formula injection guard", () => {
  it.each(["=1+1", "+33", "-2", "@SUM(A1)", "\tcmd", "＝1+1"])("prefixes text starting with %j with an apostrophe", (text) => {
    expect(one(text).replace(/^"|"?\r\n$/g, "")).toBe(`'${text}`);
  });
  it("still quotes a neutralised cell that needs quoting", () => {
    expect(one('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"\r\n`);
    expect(one("\rcmd")).toBe(`"'\rcmd"\r\n`);
  });
  it("leaves other text alone, including a sign inside the text", () => {
    for (const text of ["Projet a=b", "2010-02-22", "e-gouvernement", "'déjà"]) expect(one(text)).toBe(`${text}\r\n`);
  });
  it("leaves numbers alone", () => {
    expect(one(-1)).toBe("-1\r\n");
  });
});
