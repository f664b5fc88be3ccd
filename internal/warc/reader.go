package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

const (
	// maxHeader bounds the named fields of one record; real headers are a
	// few hundred bytes, but data: URIs make long WARC-Target-URI lines.
	maxHeader = 1 << 20
	// initialBlock is the most allocated up front for a block, so that a
	// lying Content-Length in a short stream costs little memory.
	initialBlock = 1 << 20
)

// Reader reads WARC records one at a time from a decompressed stream.
type Reader struct {
	br     *bufio.Reader
	off    int64
	done   bool // the stream has ended; Next returns io.EOF
	resync bool // the last record was malformed; skip to the next version line
	line   []byte
	gz     *gzip.Reader
}

// NewReader returns a Reader over r, which must already be decompressed: for
// a .warc.gz pass a gzip.Reader, which reads the concatenated per-record
// gzip members as one stream.
func NewReader(r io.Reader) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10)}
}

// Offset returns how many bytes of the stream have been consumed: after a
// successful Next, the offset just past that record and its trailing blank
// lines.
func (r *Reader) Offset() int64 { return r.off }

// Next returns the next record, or io.EOF after the last one. A record that
// cannot be read gives an *Error. After ErrTooLarge or ErrMalformed reading
// can go on; after any other error the stream is over and the following call
// returns io.EOF, so a loop that skips errors always terminates.
func (r *Reader) Next() (*Record, error) {
	if r.done {
		return nil, io.EOF
	}
	rec, err := r.next()
	if err != nil && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrMalformed) {
		r.done = true
	}
	return rec, err
}

func (r *Reader) next() (*Record, error) {
	start, version, err := r.versionLine()
	if err != nil {
		return nil, err
	}
	rec := &Record{Version: version, Offset: start, Header: make(map[string]string, 12)}
	if err := r.readHeader(rec); err != nil {
		return nil, err
	}

	cl := rec.Get("Content-Length")
	if cl == "" {
		return nil, r.malformed(start, "no Content-Length")
	}
	n, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64)
	if err != nil || n < 0 {
		return nil, r.malformed(start, "bad Content-Length %q", clip(cl))
	}
	if n > MaxRecord {
		got, err := io.CopyN(io.Discard, r.br, n)
		r.off += got
		if err != nil {
			return nil, r.truncated(start, got, n, err)
		}
		r.skipTrailer()
		return nil, &Error{start, fmt.Errorf("%w: Content-Length %d, limit %d", ErrTooLarge, n, MaxRecord)}
	}
	block, err := r.readBlock(n)
	if err != nil {
		return nil, r.truncated(start, int64(len(block)), n, err)
	}
	r.skipTrailer()

	rec.Type = rec.Get("WARC-Type")
	rec.ID = rec.Get("WARC-Record-ID")
	rec.URL = strings.TrimSuffix(strings.TrimPrefix(rec.Get("WARC-Target-URI"), "<"), ">")
	rec.Date = parseDate(rec.Get("WARC-Date"))
	r.setPayload(rec, block)
	return rec, nil
}

// versionLine skips blank lines (and, after a malformed record, anything
// else) up to the version line that starts a record.
func (r *Reader) versionLine() (start int64, version string, err error) {
	for {
		start = r.off
		line, err := r.readLine()
		if err != nil && err != io.EOF {
			return start, "", &Error{start, err}
		}
		if bytes.HasPrefix(line, []byte("WARC/")) {
			r.resync = false
			return start, string(bytes.TrimSpace(line)), nil
		}
		blank := len(bytes.TrimSpace(line)) == 0
		if err == io.EOF && !blank && bytes.HasPrefix([]byte("WARC/"), line) {
			return start, "", &Error{start, fmt.Errorf("version line cut short: %w", io.ErrUnexpectedEOF)}
		}
		if !blank && !r.resync {
			return start, "", r.malformed(start, "expected a WARC/1.x version line, found %q", clip(string(line)))
		}
		if err == io.EOF {
			return start, "", io.EOF
		}
	}
}

// readHeader reads named fields up to the blank line that ends them.
func (r *Reader) readHeader(rec *Record) error {
	var last string
	size := 0
	for {
		line, err := r.readLine()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return &Error{rec.Offset, fmt.Errorf("header ends before its blank line: %w", err)}
		}
		if size += len(line); size > maxHeader {
			return r.malformed(rec.Offset, "header longer than %d bytes", maxHeader)
		}
		if len(line) == 0 {
			return nil
		}
		if line[0] == ' ' || line[0] == '\t' {
			// A continuation line folds into the field before it.
			if v := bytes.TrimSpace(line); last != "" && len(v) > 0 {
				rec.Header[last] += " " + string(v)
			}
			continue
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok || len(bytes.TrimSpace(name)) == 0 {
			continue // stray text; Content-Length decides whether the record holds
		}
		last = rec.add(string(bytes.TrimSpace(name)), string(bytes.TrimSpace(value)))
	}
}

// readLine returns the next line without its CRLF or LF ending. The slice is
// valid until the next read. At the end of the stream it returns the
// unterminated rest (possibly empty) with io.EOF.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	r.off += int64(len(line))
	if err == bufio.ErrBufferFull {
		r.line = append(r.line[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.br.ReadSlice('\n')
			r.off += int64(len(line))
			if len(r.line) <= maxHeader {
				r.line = append(r.line, line...) // past the limit only count, so memory stays bounded
			}
		}
		line = r.line
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	return line, err
}

// readBlock reads n bytes, growing the buffer as data arrives rather than
// trusting n up front.
func (r *Reader) readBlock(n int64) ([]byte, error) {
	buf := make([]byte, 0, min(n, initialBlock))
	for int64(len(buf)) < n {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, int(min(int64(cap(buf)), n-int64(len(buf)))))
		}
		end := min(int64(cap(buf)), n)
		m, err := r.br.Read(buf[len(buf):end])
		buf = buf[:len(buf)+m]
		r.off += int64(m)
		if err != nil && int64(len(buf)) < n {
			return buf, err
		}
	}
	return buf, nil
}

// skipTrailer consumes the two line endings that close a record, accepting
// LF for CRLF and their absence at the end of the stream.
func (r *Reader) skipTrailer() {
	for range 2 {
		if b, _ := r.br.Peek(2); len(b) == 2 && b[0] == '\r' && b[1] == '\n' {
			r.br.Discard(2)
			r.off += 2
		} else if len(b) > 0 && b[0] == '\n' {
			r.br.Discard(1)
			r.off++
		} else {
			return
		}
	}
}

func (r *Reader) malformed(start int64, format string, args ...any) error {
	r.resync = true
	return &Error{start, fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)}
}

func (r *Reader) truncated(start, got, want int64, err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return &Error{start, fmt.Errorf("block ends after %d of %d bytes: %w", got, want, err)}
}

// clip shortens text quoted in an error message.
func clip(s string) string {
	const max = 40
	if len(s) > max {
		return s[:max] + "..."
	}
	return s
}
