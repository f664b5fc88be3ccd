package cli

import (
	ucli "github.com/urfave/cli/v2"
)

func notYet(name, usage string) *ucli.Command {
	return &ucli.Command{
		Name:      name,
		Usage:     usage,
		ArgsUsage: "[PATH ...]",
		Action: func(c *ucli.Context) error {
			return usagef("%s: not implemented yet", name)
		},
	}
}

func dedupCommand(env *Env) *ucli.Command {
	return notYet("dedup", "find near-duplicate reports and shared passages")
}

func runCommand(env *Env) *ucli.Command {
	return notYet("run", "normalize, then clean, then dedup, in one pass")
}

func checkCommand(env *Env) *ucli.Command {
	return notYet("check", "the pre-commit check: fail on files that are not normalized, hold boilerplate or duplicate others")
}
