// npm run user:create -- --email a@b.org --role admin [--name "…"]  (see lib/auth/user-create-cli.ts)
// Optional ATLAS_USER_TOTP_SECRET=<base32>: the account is created with two-factor already set up.
import { EnvError, parseEnv } from "../lib/env";
import {
  CliError,
  createUserFromCli,
  parseTotpSecret,
  parseUserCreateArgs,
  validateAccountFields,
  validateNewUser,
} from "../lib/auth/user-create-cli";
import { UserExistsError } from "../lib/auth/users/create-user";
import { readHiddenLine } from "./read-hidden-line";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function password(fromEnv: string | undefined, args: Parameters<typeof validateNewUser>[0]): Promise<string> {
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) fail("No password: set ATLAS_USER_PASSWORD, or run this in a terminal to type it.");
  const first = await readHiddenLine("Password (at least 15 characters, not shown): ");
  validateNewUser(args, first);
  if ((await readHiddenLine("Same password again: ")) !== first) fail("The two passwords differ; nothing was created.");
  return first;
}

try {
  const env = parseEnv(process.env);
  const args = parseUserCreateArgs(process.argv.slice(2));
  validateAccountFields(args);
  // Read here, not in lib/env: only this command uses it.
  const totpSecret = parseTotpSecret(process.env.ATLAS_USER_TOTP_SECRET);
  console.log(await createUserFromCli(env, args, await password(env.ATLAS_USER_PASSWORD, args), totpSecret));
} catch (error) {
  if (error instanceof CliError || error instanceof EnvError || error instanceof UserExistsError) fail(error.message);
  fail(`Could not create the user: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
}
