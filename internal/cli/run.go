package cli

import ucli "github.com/urfave/cli/v2"

func runCommand(env *Env) *ucli.Command {
	return notYet("run", "normalize, then clean, then dedup, in one pass")
}

func checkCommand(env *Env) *ucli.Command {
	return notYet("check", "the pre-commit check: fail on files that are not normalized, hold boilerplate or duplicate others")
}

// notYet is a command that exists in the interface but does no work yet: it
// says so and exits 2, so no script mistakes it for a pass-through.
func notYet(name, usage string) *ucli.Command {
	return &ucli.Command{
		Name:      name,
		Usage:     usage + " (not implemented yet)",
		ArgsUsage: "[PATH ...]",
		Action: func(c *ucli.Context) error {
			return usagef("%s: not implemented yet", name)
		},
	}
}
