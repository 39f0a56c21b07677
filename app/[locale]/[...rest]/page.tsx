import { notFound } from "next/navigation";

// Any unknown path under a locale gets that locale's 404 page.
export default function CatchAll(): never {
  notFound();
}
