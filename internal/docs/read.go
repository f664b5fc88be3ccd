package docs

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"

	"github.com/winnow-text/winnow/internal/warc"
)

// Options say how to read documents. The zero value detects the format and
// uses the "id" and "text" fields of JSONL records.
type Options struct {
	Format    Format
	IDField   string // JSONL field holding the id; "" means "id"
	TextField string // JSONL field holding the text; "" means "text"
	// DeferParse makes Next return JSONL lines unparsed (Pending), for the
	// caller to Parse where the work can run in parallel.
	DeferParse bool
	// PartSize, when set, splits a text file longer than it into parts of
	// about that many bytes, each ending at a line end, so a document of any
	// length streams through in bounded memory. Filters see each part as a
	// Doc with the same ID and increasing Part.
	PartSize int
}

func (o Options) idField() string {
	if o.IDField == "" {
		return "id"
	}
	return o.IDField
}

func (o Options) textField() string {
	if o.TextField == "" {
		return "text"
	}
	return o.TextField
}

// A Source is one input file, or standard input when Path is "-".
type Source struct {
	Path string // as given or found by a directory walk
	Rel  string // path below the directory argument it was found in, for mirrored output

	Format      Format // the format it was read as; set by Open
	Compression string // "gzip" or ""; set by Open
}

// Stdin reports whether the source is standard input.
func (s *Source) Stdin() bool { return s.Path == "-" }

// A RecordError is a bad record in an otherwise readable file: a JSONL line,
// or a WARC record at a byte offset. Reading can go on after it.
type RecordError struct {
	Path   string
	Line   int
	Offset int64 // for WARC, when Line is 0
	Err    error
}

func (e *RecordError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s@%d: %v", e.Path, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
}
func (e *RecordError) Unwrap() error { return e.Err }

// A Reader yields the documents of one source.
type Reader struct {
	src    *Source
	opts   Options
	r      *bufio.Reader
	closer io.Closer
	line   int
	done   bool
	part   int
	warc   *warc.Reader

	// Skipped counts WARC records that are not documents (requests,
	// metadata, redirects, images…).
	Skipped int
}

const sniffSize = 4096

// Open opens src for reading. stdin is read when src.Path is "-".
func Open(src *Source, opts Options, stdin io.Reader) (*Reader, error) {
	var rc io.ReadCloser
	if src.Stdin() {
		rc = io.NopCloser(stdin)
	} else {
		f, err := os.Open(src.Path)
		if err != nil {
			return nil, err
		}
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			f.Close()
			return nil, errors.New("is a directory")
		}
		rc = f
	}
	var closer io.Closer = rc
	br := bufio.NewReaderSize(rc, 64<<10)
	head, _ := br.Peek(sniffSize)
	switch {
	case isGzip(head):
		zr, err := gzip.NewReader(br)
		if err != nil {
			rc.Close()
			return nil, fmt.Errorf("gzip: %v", err)
		}
		src.Compression = "gzip"
		br = bufio.NewReaderSize(zr, 64<<10)
		head, _ = br.Peek(sniffSize)
	case isZstd(head):
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true))
		if err != nil {
			rc.Close()
			return nil, fmt.Errorf("zstd: %v", err)
		}
		src.Compression = "zstd"
		br = bufio.NewReaderSize(zr, 64<<10)
		closer = closers{zr.IOReadCloser(), rc}
		head, _ = br.Peek(sniffSize)
	}
	src.Format = opts.Format
	if src.Format == Detect {
		src.Format = detectFormat(src.Path, head)
	}
	return &Reader{src: src, opts: opts, r: br, closer: closer}, nil
}

// Close releases the underlying file.
func (r *Reader) Close() error { return r.closer.Close() }

// Next returns the next document, or io.EOF after the last. A *RecordError
// reports one bad record; calling Next again goes on with the next one.
func (r *Reader) Next() (*Doc, error) {
	if r.done {
		return nil, io.EOF
	}
	switch r.src.Format {
	case JSONL:
		return r.nextRecord()
	case WARC:
		return r.nextWARC()
	}
	if r.opts.PartSize > 0 && r.src.Format == Text && !wideUnicode(r.r) {
		return r.nextPart()
	}
	r.done = true
	data, err := io.ReadAll(r.r)
	if err != nil {
		return nil, readError(err)
	}
	return &Doc{ID: r.src.Path, Data: data, Format: r.src.Format, Source: r.src}, nil
}

// nextWARC returns the next response or resource record with an HTML or
// text payload.
func (r *Reader) nextWARC() (*Doc, error) {
	if r.warc == nil {
		r.warc = warc.NewReader(r.r)
	}
	for {
		rec, err := r.warc.Next()
		if err == io.EOF {
			r.done = true
			return nil, io.EOF
		}
		var we *warc.Error
		if errors.As(err, &we) && (errors.Is(err, warc.ErrMalformed) || errors.Is(err, warc.ErrTooLarge)) {
			return nil, &RecordError{Path: r.src.Path, Offset: we.Offset, Err: we.Err}
		}
		if err != nil {
			r.done = true
			return nil, readError(err)
		}
		if !rec.IsDocument() {
			r.Skipped++
			continue
		}
		d := &Doc{ID: rec.ID, Data: rec.Body, Format: Text, Source: r.src, Offset: rec.Offset}
		if d.ID == "" {
			d.ID = rec.URL
		}
		if isHTMLType(rec.ContentType, rec.Body) {
			d.Format = HTML
		}
		d.Fields = append(d.Fields, Finding{"url", rec.URL})
		if !rec.Date.IsZero() {
			d.Fields = append(d.Fields, Finding{"date", rec.Date.UTC().Format(time.RFC3339)})
		}
		if rec.ContentType != "" {
			d.Fields = append(d.Fields, Finding{"content_type", rec.ContentType})
		}
		return d, nil
	}
}

func isHTMLType(contentType string, body []byte) bool {
	ct := strings.ToLower(contentType)
	if ct == "" {
		return sniffFormat(body) == HTML
	}
	return strings.Contains(ct, "html")
}

// nextPart reads about PartSize bytes, then on to the end of a line: best
// where a paragraph goes on (no blank lines at the cut), else after any line
// end, else — for a line longer than PartSize again — at a UTF-8 character
// boundary.
func (r *Reader) nextPart() (*Doc, error) {
	size := r.opts.PartSize
	buf := make([]byte, size, size+size/8)
	n, err := fill(r.r, buf)
	buf = buf[:n]
	if err == io.EOF {
		r.done = true
	} else if err != nil {
		return nil, readError(err)
	} else {
		buf, err = r.finishPart(buf, size)
		if err != nil {
			return nil, readError(err)
		}
		if _, perr := r.r.Peek(1); perr == io.EOF {
			r.done = true
		}
	}
	d := &Doc{ID: r.src.Path, Data: buf, Format: Text, Source: r.src, Part: r.part, More: !r.done}
	r.part++
	return d, nil
}

func (r *Reader) finishPart(buf []byte, size int) ([]byte, error) {
	limit := size / 8
	for extra := 0; extra < limit; {
		line, err := r.r.ReadSlice('\n')
		buf = append(buf, line...)
		extra += len(line)
		if err == io.EOF {
			return buf, nil
		}
		if err != nil && err != bufio.ErrBufferFull {
			return buf, err
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		// A complete line ends here. Cut when it and the next both hold
		// text, so no blank line stands at either side of the cut; past
		// half the reach, any line end followed by text will do.
		next, _ := r.r.Peek(1)
		textNext := len(next) > 0 && next[0] != '\n' && next[0] != '\r'
		if textNext && (!isBlankLine(line) || extra >= limit/2) {
			return buf, nil
		}
	}
	// No line end in reach: end the part inside a word, between two ASCII
	// letters or digits, so no filter takes the cut for a line end (with
	// space to trim, or characters to join across it); failing that, at a
	// character boundary.
	for i := 0; i < 4096 && len(buf) > 0; i++ {
		next, err := r.r.Peek(1)
		if err != nil {
			return buf, nil
		}
		if isWordByte(buf[len(buf)-1]) && isWordByte(next[0]) {
			return buf, nil
		}
		b, _ := r.r.ReadByte()
		buf = append(buf, b)
	}
	for i := 0; i < 3; i++ {
		next, err := r.r.Peek(1)
		if err != nil || utf8.RuneStart(next[0]) {
			break
		}
		b, _ := r.r.ReadByte()
		buf = append(buf, b)
	}
	return buf, nil
}

// fill reads until buf is full. Unlike io.ReadFull it tells a clean end of
// input (io.EOF) from a truncated compressed stream (io.ErrUnexpectedEOF).
func fill(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isBlankLine(line []byte) bool { return len(bytes.TrimSpace(line)) == 0 }

// wideUnicode reports whether the input looks like UTF-16 or UTF-32, whose
// line ends are not single bytes: such text is never split.
func wideUnicode(r *bufio.Reader) bool {
	head, _ := r.Peek(512)
	if len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
		return true
	}
	return bytes.Count(head, []byte{0}) > len(head)/8
}

func (r *Reader) nextRecord() (*Doc, error) {
	for {
		line, err := r.readLine()
		if len(line) == 0 && err != nil {
			r.done = true
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, readError(err)
		}
		r.line++
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d := &Doc{Data: line, Format: JSONL, Source: r.src, Line: r.line, Pending: true}
		if r.opts.DeferParse {
			return d, nil
		}
		if err := d.Parse(r.opts); err != nil {
			return nil, err
		}
		return d, nil
	}
}

// readLine returns one line without its newline, however long it is.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		buf := append([]byte(nil), line...)
		for err == bufio.ErrBufferFull {
			line, err = r.r.ReadSlice('\n')
			buf = append(buf, line...)
		}
		line = buf
	} else {
		line = append([]byte(nil), line...)
	}
	line = bytes.TrimSuffix(line, []byte{'\n'})
	line = bytes.TrimSuffix(line, []byte{'\r'})
	return line, err
}

// Parse completes a Pending document: its Data, a JSONL line, becomes the
// record's text, with the record and id set. A bad line gives a
// *RecordError.
func (d *Doc) Parse(opts Options) error {
	if !d.Pending {
		return nil
	}
	d.Pending = false
	bad := func(err error) error { return &RecordError{Path: d.Source.Path, Line: d.Line, Err: err} }
	rec, err := ParseRecord(d.Data)
	if err != nil {
		return bad(err)
	}
	d.ID = rec.ID(opts.idField())
	if d.ID == "" {
		d.ID = fmt.Sprintf("%s:%d", d.Source.Path, d.Line)
	}
	// The text is written again from Data, so its bytes in the record can
	// hold it unescaped.
	text, err := rec.takeText(opts.textField())
	if err != nil {
		return bad(err)
	}
	d.Data, d.Record = text, rec
	return nil
}

func readError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || strings.HasPrefix(err.Error(), "zstd") {
		return fmt.Errorf("truncated or corrupt compressed data: %v", err)
	}
	return err
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

func isZstd(b []byte) bool { return bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd}) }

// closers closes a decompressor, then the file under it.
type closers []io.Closer

func (cs closers) Close() error {
	var first error
	for _, c := range cs {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Compression names the compression a file name asks for: "gzip" for .gz,
// "zstd" for .zst, else "".
func Compression(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".gz":
		return "gzip"
	case ".zst", ".zstd":
		return "zstd"
	}
	return ""
}

// trimCompression drops a compression suffix from a file name.
func trimCompression(name string) string {
	if Compression(name) != "" {
		return strings.TrimSuffix(name, filepath.Ext(name))
	}
	return name
}

// detectFormat decides from the file name, then from the first bytes.
func detectFormat(path string, head []byte) Format {
	name := trimCompression(strings.ToLower(filepath.Base(path)))
	switch filepath.Ext(name) {
	case ".warc", ".arc":
		return WARC
	case ".jsonl", ".ndjson":
		return JSONL
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	case ".txt", ".text", ".md":
		return Text
	}
	return sniffFormat(head)
}

func sniffFormat(head []byte) Format {
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return WARC
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(t) > 0 && t[0] == '{' {
		line := t
		if i := bytes.IndexByte(t, '\n'); i >= 0 {
			line = t[:i]
		}
		if _, err := ParseRecord(bytes.TrimSpace(line)); err == nil {
			return JSONL
		}
	}
	if len(t) > 0 && t[0] == '<' {
		lower := bytes.ToLower(t)
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p>", "<article"} {
			if bytes.Contains(lower, []byte(tag)) {
				return HTML
			}
		}
	}
	return Text
}
