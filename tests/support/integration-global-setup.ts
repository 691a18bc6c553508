import type { TestProject } from "vitest/node";
import { startTestDatabase } from "./test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase("vitest");
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
  };
}
