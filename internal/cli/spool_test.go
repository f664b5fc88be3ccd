package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/winnow-text/winnow/internal/docs"
)

// recordSink collects what it is given, one document at a time: a sink
// without writeSpan, for which replay reads every document.
type recordSink struct {
	out    bytes.Buffer
	events []string
}

func (s *recordSink) begin(src *docs.Source) error {
	s.events = append(s.events, "begin "+src.Path)
	return nil
}
func (s *recordSink) write(d *docs.Doc) error {
	w := docs.NewWriter(&s.out, docs.Detect, docs.Options{}, "")
	if err := w.Write(d); err != nil {
		return err
	}
	return w.Flush()
}
func (s *recordSink) end(src *docs.Source, failed bool) error {
	s.events = append(s.events, fmt.Sprintf("end %s %v", src.Path, failed))
	return nil
}
func (s *recordSink) close() error  { return nil }
func (s *recordSink) abort()        {}
func (s *recordSink) result() error { return nil }

// TestSpoolReplay spools two sources of JSONL records and replays them into
// a sink that copies spans and into one that does not: both must get every
// record in order, findings on the annotated ones only, and no dropped one.
func TestSpoolReplay(t *testing.T) {
	spoolOnce := func(t *testing.T) *spool {
		sp, err := newSpool(docs.Detect, docs.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(sp.remove)
		seq := 0
		for _, name := range []string{"a.jsonl", "b.jsonl"} {
			src := &docs.Source{Path: name, Format: docs.JSONL}
			if err := sp.begin(src); err != nil {
				t.Fatal(err)
			}
			for range 4 {
				d := &docs.Doc{Seq: seq, Source: src, Format: docs.JSONL,
					Data: fmt.Appendf(nil, `{"id":"%d","text":"story %d"}`, seq, seq), Pending: true}
				if err := d.Parse(docs.Options{}); err != nil {
					t.Fatal(err)
				}
				if err := sp.write(d); err != nil {
					t.Fatal(err)
				}
				seq++
			}
			if err := sp.end(src, name == "b.jsonl"); err != nil {
				t.Fatal(err)
			}
		}
		if err := sp.close(); err != nil {
			t.Fatal(err)
		}
		return sp
	}
	annotated := func(seq int) bool { return seq == 1 || seq == 2 || seq == 6 }
	annotate := func(d *docs.Doc) {
		if d.Seq == 2 {
			d.Drop = true
			return
		}
		d.Note("dup_of", "0")
	}
	want := ""
	for seq := range 8 {
		switch seq {
		case 1, 6:
			want += fmt.Sprintf(`{"id":"%d","text":"story %d","winnow":{"dup_of":"0"}}`+"\n", seq, seq)
		case 2:
		default:
			want += fmt.Sprintf(`{"id":"%d","text":"story %d"}`+"\n", seq, seq)
		}
	}

	var spans bytes.Buffer
	if err := spoolOnce(t).replay(newStreamSink(&spans, docs.Detect, docs.Options{}), annotated, annotate); err != nil {
		t.Fatal(err)
	}
	if spans.String() != want {
		t.Errorf("with spans:\n%s\nwant:\n%s", spans.String(), want)
	}

	rec := &recordSink{}
	if err := spoolOnce(t).replay(rec, annotated, annotate); err != nil {
		t.Fatal(err)
	}
	if rec.out.String() != want {
		t.Errorf("document by document:\n%s\nwant:\n%s", rec.out.String(), want)
	}
	if got := strings.Join(rec.events, ", "); got != "begin a.jsonl, end a.jsonl false, begin b.jsonl, end b.jsonl true" {
		t.Errorf("events: %s", got)
	}
}
