"use client";

import { useEffect } from "react";

/**
 * On the home page of a role that records in the field (the page a sign-in lands on): keeps the
 * field forms' lists on this device, so the forms open without a network. Renders nothing; its
 * code is loaded only here, after the page is shown.
 */
export function KeepFieldLists({ userId }: { userId: string }) {
  useEffect(() => {
    void import("@/lib/field/client/cache-reference").then(({ keepFieldReference }) => keepFieldReference(userId, Date.now()));
  }, [userId]);
  return null;
}
