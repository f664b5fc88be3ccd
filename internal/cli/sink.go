package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/winnow-text/winnow/internal/atomicfile"
	"github.com/winnow-text/winnow/internal/docs"
)

// A sink receives documents in input order, with the start and end of each
// source around them.
type sink interface {
	begin(src *docs.Source) error
	write(d *docs.Doc) error
	// end closes a source; failed means the source had errors and its output
	// must not replace anything.
	end(src *docs.Source, failed bool) error
	close() error
	abort()
	// result is errFound when a check found something, else nil.
	result() error
}

// streamSink writes every document to one stream: standard output.
type streamSink struct {
	w *docs.Writer
}

func newStreamSink(w io.Writer, to docs.Format, opts docs.Options) *streamSink {
	return &streamSink{w: docs.NewWriter(w, to, opts, "")}
}

func (s *streamSink) writeSpan(r io.Reader, n int64, _ bool) error {
	return s.w.WriteRendered(r, n)
}

func (s *streamSink) begin(*docs.Source) error     { return nil }
func (s *streamSink) write(d *docs.Doc) error      { return s.w.Write(d) }
func (s *streamSink) end(*docs.Source, bool) error { return nil }
func (s *streamSink) close() error                 { return s.w.Flush() }
func (s *streamSink) abort()                       { s.w.Flush() }
func (s *streamSink) result() error                { return nil }

// fileSink writes each source to its own file, atomically: into a mirror of
// the input tree under dir, or over the source itself when dir is "".
type fileSink struct {
	dir     string
	resume  bool // skip sources whose output is already complete
	to      docs.Format
	opts    docs.Options
	rename  func(rel string) string // output name for an input name
	cur     *atomicfile.File
	src     *docs.Source // the source cur is written for
	w       *docs.Writer
	changed bool
}

func (s *fileSink) inPlace() bool { return s.dir == "" }

// upToDate reports whether a source's output already exists and is newer
// than the source. Outputs are written atomically, so one that exists is
// complete: a rerun of an interrupted batch goes on where it stopped.
func (s *fileSink) upToDate(src *docs.Source) bool {
	if !s.resume || s.inPlace() || src.Stdin() {
		return false
	}
	out, err := os.Stat(s.target(src))
	if err != nil {
		return false
	}
	in, err := os.Stat(src.Path)
	return err == nil && !out.ModTime().Before(in.ModTime())
}

func (s *fileSink) target(src *docs.Source) string {
	if s.inPlace() {
		return src.Path
	}
	rel := src.Rel
	if s.rename != nil {
		rel = s.rename(rel)
	}
	if src.Format == docs.WARC && s.to != docs.Text {
		rel = withExt(rel, ".jsonl") // a web archive's documents are written as JSONL
	}
	return filepath.Join(s.dir, rel)
}

func (s *fileSink) begin(src *docs.Source) error {
	if src.Stdin() {
		if s.inPlace() {
			return fmt.Errorf("cannot rewrite standard input in place")
		}
		return fmt.Errorf("standard input has no name to write under %s", s.dir)
	}
	path := s.target(src)
	if !s.inPlace() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if same(path, src.Path) {
			return fmt.Errorf("output %s would overwrite the input (use -i to rewrite in place)", path)
		}
	}
	f, err := atomicfile.Create(path)
	if err != nil {
		return err
	}
	s.cur, s.src, s.changed = f, src, false
	s.w = docs.NewWriter(f, s.to, s.opts, docs.Compression(path))
	return nil
}

// withExt gives a file name the extension ext under any compression suffix:
// withExt("crawl.warc.gz", ".jsonl") is "crawl.jsonl.gz".
func withExt(rel, ext string) string {
	comp := ""
	if docs.Compression(rel) != "" {
		comp = filepath.Ext(rel)
	}
	base := strings.TrimSuffix(rel, comp)
	return strings.TrimSuffix(base, filepath.Ext(base)) + ext + comp
}

// innerExt is a file name's extension under any compression suffix,
// lower-cased: innerExt("page.HTML.zst") is ".html".
func innerExt(rel string) string {
	if docs.Compression(rel) != "" {
		rel = strings.TrimSuffix(rel, filepath.Ext(rel))
	}
	return strings.ToLower(filepath.Ext(rel))
}

func same(a, b string) bool {
	fa, erra := os.Stat(a)
	fb, errb := os.Stat(b)
	return erra == nil && errb == nil && os.SameFile(fa, fb)
}

func (s *fileSink) write(d *docs.Doc) error {
	if s.cur == nil {
		return nil
	}
	s.changed = s.changed || d.Changed
	if err := s.w.Write(d); err != nil {
		return fmt.Errorf("%s: %w", s.target(s.src), unwrapPath(err))
	}
	return nil
}

func (s *fileSink) writeSpan(r io.Reader, n int64, changed bool) error {
	if s.cur == nil {
		return nil
	}
	s.changed = s.changed || changed
	if err := s.w.WriteRendered(r, n); err != nil {
		return fmt.Errorf("%s: %w", s.target(s.src), unwrapPath(err))
	}
	return nil
}

// unwrapPath drops the temporary file's name from an error, since the user
// knows the output by its final name.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

func (s *fileSink) end(src *docs.Source, failed bool) error {
	if s.cur == nil {
		return nil
	}
	f := s.cur
	s.cur = nil
	// In place, a file nothing changed is left alone, modification time and all.
	if failed || s.inPlace() && !s.changed {
		f.Abort()
		return nil
	}
	if err := s.w.Flush(); err != nil {
		f.Abort()
		return fmt.Errorf("%s: %w", s.target(src), unwrapPath(err))
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("%s: %w", s.target(src), unwrapPath(err))
	}
	return nil
}

func (s *fileSink) close() error  { return nil }
func (s *fileSink) result() error { return nil }
func (s *fileSink) abort() {
	if s.cur != nil {
		s.cur.Abort()
		s.cur = nil
	}
}

// checkSink writes nothing: it lists the sources a filter would change.
type checkSink struct {
	out     io.Writer
	changed bool
	found   bool
}

func (s *checkSink) begin(*docs.Source) error { s.changed = false; return nil }
func (s *checkSink) write(d *docs.Doc) error {
	s.changed = s.changed || d.Changed
	return nil
}
func (s *checkSink) end(src *docs.Source, failed bool) error {
	if s.changed && !failed {
		s.found = true
		_, err := fmt.Fprintln(s.out, src.Path)
		return err
	}
	return nil
}
func (s *checkSink) close() error { return nil }
func (s *checkSink) abort()       {}
func (s *checkSink) result() error {
	if s.found {
		return errFound
	}
	return nil
}

// reportSink writes a report line or lines for each document instead of the
// documents themselves (normalize --detect, clean --explain).
type reportSink struct {
	out    io.Writer
	report func(w io.Writer, d *docs.Doc) error
}

func (s *reportSink) begin(*docs.Source) error     { return nil }
func (s *reportSink) write(d *docs.Doc) error      { return s.report(s.out, d) }
func (s *reportSink) end(*docs.Source, bool) error { return nil }
func (s *reportSink) close() error                 { return nil }
func (s *reportSink) abort()                       {}
func (s *reportSink) result() error                { return nil }
