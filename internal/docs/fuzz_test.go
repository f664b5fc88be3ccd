package docs

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// FuzzReader feeds arbitrary bytes to the reader. It must never panic; text
// parts must add up to the input; every non-blank JSONL line must come out
// as a document or as a positioned record error, none lost.
func FuzzReader(f *testing.F) {
	for _, s := range []string{
		"plain text\n\nmore\n",
		`{"id":"1","text":"a"}` + "\n" + `{"text":2}` + "\nnot json\n",
		"<!doctype html><p>x</p>",
		"\x1f\x8b\x08\x00garbage",
		"\x28\xb5\x2f\xfd\x04\x00garbage",
		"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n",
		"\xff\xfea\x00\n\x00",
	} {
		f.Add([]byte(s), 7)
	}
	f.Fuzz(func(t *testing.T, in []byte, size int) {
		size = size%4096 + 1
		src := &Source{Path: "-"}
		r, err := Open(src, Options{PartSize: size}, bytes.NewReader(in))
		if err != nil {
			return // e.g. a bad gzip header, reported by name
		}
		var text bytes.Buffer
		docs, bad := 0, 0
		for {
			d, err := r.Next()
			if err == io.EOF {
				break
			}
			var re *RecordError
			if errors.As(err, &re) {
				bad++
				continue
			}
			if err != nil {
				return
			}
			docs++
			text.Write(d.Data)
		}
		switch {
		case src.Compression != "":
		case src.Format == Text && !bytes.Equal(text.Bytes(), in):
			t.Fatalf("text parts do not add up to the input")
		case src.Format == JSONL:
			lines := 0
			for _, l := range bytes.Split(in, []byte{'\n'}) {
				if len(bytes.TrimSpace(l)) > 0 {
					lines++
				}
			}
			if docs+bad != lines {
				t.Fatalf("%d lines in, %d documents and %d errors out", lines, docs, bad)
			}
		}
	})
}
