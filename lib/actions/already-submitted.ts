import "server-only";

/** Thrown inside an action when its submission key was claimed by an earlier copy: that copy answers. */
export class AlreadySubmitted extends Error {}
