// The file where the end-to-end server leaves its database's URL for the specs of the same run
// (one per E2E_PORT, so runs on other ports do not meet). Removed when the server stops.
import { tmpdir } from "node:os";
import path from "node:path";

export function e2eDatabaseUrlFile(port: number): string {
  return path.join(tmpdir(), `halte-e2e-${port}.database-url`);
}
