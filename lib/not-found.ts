import { notFound } from "next/navigation";
import { isAppError } from "./errors";

/** The record a page shows, or the page's 404 when the data layer says there is no such record. */
export function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  return lookup.catch((error: unknown) => (isAppError(error, "NOT_FOUND") ? notFound() : Promise.reject(error)));
}
