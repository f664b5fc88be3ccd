// Package cli is the winnow command: its flags, the wiring of readers, filters
// and writers, and its exit statuses. The text logic lives in the normalize,
// clean and dedup packages.
//
//	os.Exit(cli.Main())
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"

	ucli "github.com/urfave/cli/v2"

	"github.com/winnow-text/winnow/internal/docs"
)

// Env is what a run of the command sees of the world, so tests can run it in
// process.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// StdinIsTerminal stops winnow from waiting on a terminal for input
	// nobody will type.
	StdinIsTerminal bool
	// StderrIsTerminal turns on progress reports.
	StderrIsTerminal bool
}

// Main runs the command with the process's arguments and streams, and returns
// the exit status. An interrupt stops the run cleanly: outputs in progress
// are discarded and inputs stay as they were.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	env := &Env{
		Stdin:            os.Stdin,
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		StdinIsTerminal:  isTerminal(os.Stdin),
		StderrIsTerminal: isTerminal(os.Stderr),
	}
	return Run(ctx, os.Args, env)
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// Version is the version --version prints; the build sets it from the module.
var Version = moduleVersion()

func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// Run runs the command line args (args[0] is the program name) and returns
// the exit status.
func Run(ctx context.Context, args []string, env *Env) int {
	app := newApp(env)
	err := app.RunContext(ctx, interspersed(app, args))
	if err != nil && !errors.Is(err, errFound) && !errors.Is(err, errReported) {
		fmt.Fprintf(env.Stderr, "winnow: %v\n", err)
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(env.Stderr, "Run 'winnow --help' for usage.")
		}
	}
	return status(err)
}

func newApp(env *Env) *ucli.App {
	app := &ucli.App{
		Name:    "winnow",
		Usage:   "clean scraped news text: fix encodings, strip boilerplate, find duplicates",
		Version: Version,
		Description: "winnow is a set of composable filters for scraped news text. Each reads " +
			"text, JSONL or HTML documents from files, directories or standard input and " +
			"writes them to standard output, to a mirrored tree (-o DIR) or in place (-i).\n\n" +
			"Exit status: 0 done, 1 a --check found something, 2 bad usage or unreadable input.",
		Reader:               env.Stdin,
		Writer:               env.Stdout,
		ErrWriter:            env.Stderr,
		EnableBashCompletion: true,
		HideHelpCommand:      true,
		ExitErrHandler:       func(*ucli.Context, error) {},
		OnUsageError: func(_ *ucli.Context, err error, _ bool) error {
			return &usageError{err.Error()}
		},
		Action: func(c *ucli.Context) error {
			if c.NArg() > 0 {
				return usagef("no command %q", c.Args().First())
			}
			ucli.ShowAppHelp(c)
			return usagef("name a command")
		},
		Commands: []*ucli.Command{
			normalizeCommand(env),
			cleanCommand(env),
			dedupCommand(env),
			runCommand(env),
			checkCommand(env),
			completionCommand(env),
			manCommand(env),
		},
	}
	for _, cmd := range app.Commands {
		cmd.OnUsageError = app.OnUsageError
	}
	return app
}

// partSize is how much of a long text file is read at a time.
const partSize = 256 << 10

// Flags every filter shares.
func commonFlags() []ucli.Flag {
	return []ucli.Flag{
		&ucli.StringFlag{Name: "format", Usage: "input format: text, jsonl, html or warc (default: from file name and content)"},
		&ucli.StringFlag{Name: "to", Usage: "output format: text or jsonl (default: the input's)"},
		&ucli.StringFlag{Name: "id-field", Value: "id", Usage: "JSONL field holding the document id"},
		&ucli.StringFlag{Name: "text-field", Value: "text", Usage: "JSONL field holding the text"},
		&ucli.StringFlag{Name: "files-from", Usage: "read input paths from `FILE`, one a line (- for standard input)"},
		&ucli.BoolFlag{Name: "null", Aliases: []string{"0"}, Usage: "paths in --files-from are separated by NUL, not newline"},
		&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write each input under `DIR`, mirroring the input tree"},
		&ucli.BoolFlag{Name: "in-place", Aliases: []string{"i"}, Usage: "rewrite files in place, atomically"},
		&ucli.BoolFlag{Name: "force", Usage: "with -o, rewrite outputs that are already complete (by default a rerun resumes)"},
		&ucli.BoolFlag{Name: "check", Usage: "change nothing; list what would change and exit 1 if anything would"},
		&ucli.BoolFlag{Name: "keep-going", Usage: "report bad records, skip and count them, and exit 0"},
		&ucli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress on standard error"},
		&ucli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "documents processed at once", DefaultText: "one per core"},
	}
}

// setup builds a pipeline from the common flags: where documents come from,
// how they are read and where they go. filters are added by the caller.
func setup(c *ucli.Context, env *Env) (*pipeline, []string, error) {
	format, err := docs.ParseFormat(c.String("format"))
	if err != nil {
		return nil, nil, &usageError{err.Error()}
	}
	to, err := docs.ParseFormat(c.String("to"))
	if err != nil || to == docs.HTML {
		return nil, nil, usagef("--to: want text or jsonl, not %q", c.String("to"))
	}
	read := docs.Options{Format: format, IDField: c.String("id-field"), TextField: c.String("text-field"), DeferParse: true}
	if to != docs.JSONL {
		// Long text streams through in parts; a JSONL record must be whole.
		read.PartSize = partSize
	}
	args, err := inputs(c, env)
	if err != nil {
		return nil, nil, err
	}
	p := &pipeline{
		env:       env,
		read:      read,
		keepGoing: c.Bool("keep-going"),
		workers:   c.Int("jobs"),
	}
	p.quiet = c.Bool("quiet")
	p.showProgress = env.StderrIsTerminal && !p.quiet
	out, inPlace, check := c.String("output"), c.Bool("in-place"), c.Bool("check")
	switch {
	case countTrue(out != "", inPlace, check) > 1:
		return nil, nil, usagef("-o, -i and --check exclude one another")
	case check:
		p.sink = &checkSink{out: env.Stdout}
	case inPlace:
		p.sink = &fileSink{to: to, opts: read}
	case out != "":
		if err := os.MkdirAll(out, 0o755); err != nil {
			return nil, nil, fmt.Errorf("-o %s: %w", out, unwrapPath(err))
		}
		p.sink = &fileSink{dir: out, to: to, opts: read, resume: !c.Bool("force")}
	default:
		p.sink = newStreamSink(env.Stdout, to, read)
	}
	return p, args, nil
}

// inputs returns the paths to read: the arguments, the --files-from list, or
// standard input when there are neither and it is not a terminal.
func inputs(c *ucli.Context, env *Env) ([]string, error) {
	args := c.Args().Slice()
	if from := c.String("files-from"); from != "" {
		var r io.Reader
		if from == "-" {
			r = env.Stdin
		} else {
			f, err := os.Open(from)
			if err != nil {
				return nil, usagef("--files-from: %v", err)
			}
			defer f.Close()
			r = f
		}
		list, err := docs.ReadList(r, c.Bool("null"))
		if err != nil {
			return nil, usagef("--files-from %s: %v", from, err)
		}
		args = append(args, list...)
		if len(args) == 0 {
			return nil, nil
		}
	}
	if len(args) == 0 {
		if env.StdinIsTerminal {
			return nil, usagef("no input: name files or directories, or pipe text into winnow %s", c.Command.Name)
		}
		args = []string{"-"}
	}
	return args, nil
}

func countTrue(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}
