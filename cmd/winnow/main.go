// Command winnow prepares scraped news text for analysis: it fixes encodings,
// strips boilerplate and finds duplicate reports. Run "winnow --help".
package main

import (
	"os"

	"github.com/winnow-text/winnow/internal/cli"
)

func main() { os.Exit(cli.Main()) }
