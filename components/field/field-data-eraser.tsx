"use client";

import { useEffect } from "react";
import { eraseFieldData } from "@/lib/field/client/erase";

/**
 * Rendered on the sign-in page right after a sign-out (from any page, the staff header's
 * included): the device's field queue, its PIN's lock and the cached field pages go with the session.
 * Not on every signed-out visit: a session that simply expired keeps the queue for the worker
 * to sign in again and send it.
 */
export function FieldDataEraser() {
  useEffect(() => {
    void eraseFieldData();
  }, []);
  return null;
}
