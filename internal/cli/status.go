package cli

import (
	"errors"
	"fmt"
)

// Exit statuses, the same for every subcommand.
const (
	StatusOK    = 0 // done
	StatusFound = 1 // --check found something
	StatusError = 2 // bad usage or unreadable input
)

// A usageError is a mistake on the command line: exit status 2, with a hint.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

// errFound is returned when a check found something to report; its details
// have already been printed.
var errFound = errors.New("check found something")

// errInterrupted ends a run stopped by a signal.
var errInterrupted = errors.New("interrupted")

// errReported is returned when errors have been printed as they happened and
// only the exit status remains to be set.
var errReported = errors.New("errors reported")

// status maps the error a command returned to its exit status.
func status(err error) int {
	switch {
	case err == nil:
		return StatusOK
	case errors.Is(err, errFound):
		return StatusFound
	default:
		return StatusError
	}
}
