// Starts one throwaway PostgreSQL cluster for the integration tests, unless TEST_DATABASE_URL
// names a server to use instead. Each test file then creates its own database on it.
import type { TestProject } from "vitest/node";
import { startCluster, type Cluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

let cluster: Cluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  const given = process.env.TEST_DATABASE_URL;
  if (!given) cluster = await startCluster();
  project.provide("adminDatabaseUrl", given ?? cluster!.url);
}

export async function teardown(): Promise<void> {
  cluster?.stop();
}
