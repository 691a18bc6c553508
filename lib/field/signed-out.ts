import "server-only";
// The short-lived mark a sign-out leaves for the sign-in page: erase this device's field data.
export const SIGNED_OUT_COOKIE = "halte.signed-out";
