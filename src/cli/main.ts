/**
 * `npx treem <command>`: administration from the shell. Each command opens the configured database itself
 * (src/server/config.ts), so it works the same against PGlite and a PostgreSQL server.
 */
const HELP = `Usage: treem <command> [options]

Commands:
  user create --username U --name "Tên" --role ROLE [--unit CODE] [--agency ID] (--password P | --password-stdin)
  user list
  audit verify            check the audit log's hash chain (exit 1 if broken)
  seed --children N [--province CODE] [--seed S]   add N synthetic children (demo and benchmark data)

Environment: see the configuration table in README.md (DATABASE_URL, TREEM_DATA_DIR, ...).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'user': {
      const { userCommand } = await import('./commands/user');
      return userCommand(rest);
    }
    case 'audit': {
      const { auditCommand } = await import('./commands/audit');
      return auditCommand(rest);
    }
    case 'seed': {
      const { seedCommand } = await import('./commands/seed');
      return seedCommand(rest);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP + '\n');
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${HELP}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`✖ ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
