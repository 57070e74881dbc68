import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

// The engine's introspection reads catalog columns of Postgres's internal one-byte "char" type
// (OID 18, e.g. pg_constraint.contype), which adapter-pg cannot map. We let pg report them as
// text, remember which columns they were, and hand them to the engine as Character again.
const internalCharOid = 18;
const textOid = 25;
const charColumns = new WeakMap<object, number[]>();

export class CharAwareClient extends pg.Client {
  // pg's query has many overloads; every form is passed through unchanged.
  override query(...args: unknown[]) {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as (error: Error | null, result?: pg.QueryResult) => void;
      // @ts-expect-error forwarding the caller's own arguments
      return super.query(...args.slice(0, -1), (error: Error | null, result?: pg.QueryResult) =>
        callback(error, result && markCharColumns(result)),
      );
    }
    // @ts-expect-error forwarding the caller's own arguments
    return (super.query(...args) as Promise<pg.QueryResult>).then(markCharColumns);
  }
}

function markCharColumns(result: pg.QueryResult): pg.QueryResult {
  const indexes: number[] = [];
  (result.fields ?? []).forEach((field, index) => {
    if (field.dataTypeID !== internalCharOid) return;
    field.dataTypeID = textOid;
    indexes.push(index);
  });
  if (indexes.length > 0 && result.rows) charColumns.set(result.rows, indexes);
  return result;
}

export function restoreCharColumns(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const restore = (result: SqlResultSet): SqlResultSet => {
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  const patch = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = await connecting;
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => restore(await queryRaw(query));
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => patch(factory.connect()),
    connectToShadowDb: () => patch(factory.connectToShadowDb()),
  };
}
