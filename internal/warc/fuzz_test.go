package warc

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
)

// FuzzReader checks that any input ends in io.EOF after a bounded number of
// calls, without panics, that every call moves forward, and that records
// hold what their Content-Length says.
func FuzzReader(f *testing.F) {
	w := fixture()
	data := w.buf.Bytes()
	f.Add(data)
	f.Add(data[:len(data)/2])
	f.Add((&testWriter{eol: "\n", noTrailer: true}).write(fixtureRecords()...).buf.Bytes())
	f.Add([]byte("junk\r\nWARC/1.1\r\nContent-Length: 99999999999\r\n\r\nabc"))
	f.Add([]byte("WARC/1.0\nWARC-Type: response\nContent-Length: 40\n\nHTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rd := NewReader(bytes.NewReader(data))
		last := int64(0)
		for calls := 0; ; calls++ {
			if calls > len(data)+1 {
				t.Fatalf("no end after %d calls", calls)
			}
			rec, err := rd.Next()
			off := rd.Offset()
			if off < last || off > int64(len(data)) {
				t.Fatalf("offset went from %d to %d of %d", last, off, len(data))
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || e.Offset < last || e.Offset > off {
					t.Fatalf("error %v not positioned in [%d, %d]", err, last, off)
				}
			} else {
				if off <= last || rec.Offset < last || rec.Offset >= off {
					t.Fatalf("record at %d: reader moved from %d to %d", rec.Offset, last, off)
				}
				n, perr := strconv.ParseInt(strings.TrimSpace(rec.Get("Content-Length")), 10, 64)
				if perr != nil || off-rec.Offset < n || len(rec.Body) > MaxRecord {
					t.Fatalf("record at %d: Content-Length %q, %d bytes consumed, body %d", rec.Offset, rec.Get("Content-Length"), off-rec.Offset, len(rec.Body))
				}
				if rec.HTTPStatus == 0 && int64(len(rec.Body)) != n {
					t.Fatalf("record at %d: body %d bytes, Content-Length %d", rec.Offset, len(rec.Body), n)
				}
				rec.IsDocument()
			}
			last = off
		}
	})
}
