import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page's record by id: a malformed id or a missing record is the 404 page, never an error. */
export async function foundOr404<T>(id: string, load: (id: string) => Promise<T>): Promise<T> {
  if (!UUID.test(id)) notFound();
  try {
    return await load(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
