package cli

import (
	"fmt"

	ucli "github.com/urfave/cli/v2"
)

// Shell completion asks the command itself for candidates through urfave/cli's
// --generate-bash-completion flag, so it never falls out of date.
const bashCompletion = `# winnow completion for bash: source it, or put it in
# /etc/bash_completion.d/winnow
_winnow_complete() {
  local cur="${COMP_WORDS[COMP_CWORD]}"
  local words=("${COMP_WORDS[@]:0:COMP_CWORD}")
  local candidates
  if [[ "$cur" == -* ]]; then
    candidates=$("${words[@]}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    candidates=$("${words[@]}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -o bashdefault -o default -F _winnow_complete winnow
`

const zshCompletion = `#compdef winnow
# winnow completion for zsh: put it in a directory on $fpath as _winnow
_winnow() {
  local -a candidates
  local cur=${words[-1]}
  if [[ "$cur" == -* ]]; then
    candidates=("${(@f)$(${words[@]:0:#words[@]-1} $cur --generate-bash-completion 2>/dev/null)}")
  else
    candidates=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  fi
  if [[ -n "${candidates[1]}" ]]; then
    _describe 'winnow' candidates
  else
    _files
  fi
}
compdef _winnow winnow
`

func completionCommand(env *Env) *ucli.Command {
	return &ucli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script for bash, zsh or fish",
		ArgsUsage: "bash|zsh|fish",
		Description: "Examples:\n" +
			"   source <(winnow completion bash)\n" +
			"   winnow completion zsh > \"${fpath[1]}/_winnow\"\n" +
			"   winnow completion fish > ~/.config/fish/completions/winnow.fish",
		Action: func(c *ucli.Context) error {
			switch shell := c.Args().First(); shell {
			case "bash":
				_, err := fmt.Fprint(env.Stdout, bashCompletion)
				return err
			case "zsh":
				_, err := fmt.Fprint(env.Stdout, zshCompletion)
				return err
			case "fish":
				script, err := c.App.ToFishCompletion()
				if err != nil {
					return err
				}
				_, err = fmt.Fprint(env.Stdout, script)
				return err
			default:
				return usagef("completion: name a shell: bash, zsh or fish")
			}
		},
	}
}

func manCommand(env *Env) *ucli.Command {
	return &ucli.Command{
		Name:        "man",
		Usage:       "print the manual page (troff), made from the command's own definition",
		Description: "Example:\n   winnow man > /usr/local/share/man/man1/winnow.1",
		Action: func(c *ucli.Context) error {
			page, err := c.App.ToManWithSection(1)
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(env.Stdout, page)
			return err
		},
	}
}
