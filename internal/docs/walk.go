package docs

import (
	"bufio"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Walk calls yield for every input file the arguments name: files as given,
// directories walked recursively in lexical order (hidden entries such as .git
// are skipped), "-" for standard input. A path that cannot be read is passed to
// yield with its error, and the walk goes on. yield returns false to stop.
func Walk(args []string, yield func(src *Source, err error) bool) {
	for _, arg := range args {
		if arg == "-" {
			if !yield(&Source{Path: "-", Rel: "-"}, nil) {
				return
			}
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil {
			if !yield(&Source{Path: arg, Rel: filepath.Base(arg)}, err) {
				return
			}
			continue
		}
		if !fi.IsDir() {
			if !yield(&Source{Path: arg, Rel: filepath.Base(arg)}, nil) {
				return
			}
			continue
		}
		stop := false
		filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				rel, _ := filepath.Rel(arg, path)
				if !yield(&Source{Path: path, Rel: rel}, err) {
					stop = true
					return fs.SkipAll
				}
				return nil
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// Follow links to files, never to directories: that is how loops are avoided.
				if fi, err := os.Stat(path); err != nil || fi.IsDir() {
					return nil
				}
			}
			rel, _ := filepath.Rel(arg, path)
			if !yield(&Source{Path: path, Rel: rel}, nil) {
				stop = true
				return fs.SkipAll
			}
			return nil
		})
		if stop {
			return
		}
	}
}

// ReadList reads a --files-from list: one path per line, or NUL-separated when
// nul is set. Empty entries are ignored.
func ReadList(r io.Reader, nul bool) ([]string, error) {
	sep := byte('\n')
	if nul {
		sep = 0
	}
	var paths []string
	br := bufio.NewReader(r)
	for {
		entry, err := br.ReadBytes(sep)
		entry = bytes.TrimSuffix(entry, []byte{sep})
		if !nul {
			entry = bytes.TrimSuffix(entry, []byte{'\r'})
		}
		if err == io.EOF {
			// A NUL list may still end in the newline an editor added.
			entry = bytes.TrimRight(entry, "\r\n")
		}
		if len(entry) > 0 {
			paths = append(paths, string(entry))
		}
		if err == io.EOF {
			return paths, nil
		}
		if err != nil {
			return paths, err
		}
	}
}
