package cli

import (
	"strings"

	ucli "github.com/urfave/cli/v2"
)

// interspersed lets flags follow the paths, as in "winnow clean dir -o out":
// it moves every flag of the chosen command ahead of the positional
// arguments, which is the only order the flag parser accepts. "--" ends the
// flags; what follows it stays positional.
func interspersed(app *ucli.App, args []string) []string {
	if len(args) < 2 || args[len(args)-1] == "--generate-bash-completion" {
		return args // shell completion reads the words as they were typed
	}
	i := 1
	cmds := app.Commands
	var cmd *ucli.Command
	// Walk down to the (sub)command the arguments name.
	for i < len(args) {
		var next *ucli.Command
		for _, c := range cmds {
			if c.HasName(args[i]) {
				next = c
			}
		}
		if next == nil {
			break
		}
		cmd, cmds = next, next.Subcommands
		i++
	}
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		v := false
		if df, ok := f.(ucli.DocGenerationFlag); ok {
			v = df.TakesValue()
		}
		for _, name := range f.Names() {
			takesValue[name] = v
		}
	}
	out := append([]string(nil), args[:i]...)
	var positional []string
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			positional = append(positional, a)
			continue
		}
		out = append(out, a)
		name := strings.TrimLeft(a, "-")
		if takesValue[name] && !strings.Contains(name, "=") && i+1 < len(args) {
			i++
			out = append(out, args[i])
		}
	}
	return append(out, positional...)
}
