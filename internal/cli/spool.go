package cli

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/winnow-text/winnow/internal/docs"
)

// A spool records what a first pass would write, on disk, so a second pass
// can write it with what only the end of the run reveals (dedup's final
// groups) without normalizing and cleaning everything again.
type spool struct {
	f       *os.File
	w       *bufio.Writer
	to      docs.Format
	opts    docs.Options
	sources []*docs.Source
	index   map[*docs.Source]int
	buf     []byte // an entry's header
	out     []byte // a document as it will be written
}

// Entry kinds.
const (
	spoolBegin = 'b'
	spoolDoc   = 'd'
	spoolEnd   = 'e'
)

func newSpool(to docs.Format, opts docs.Options) (*spool, error) {
	f, err := os.CreateTemp("", "winnow-spool-*")
	if err != nil {
		return nil, err
	}
	return &spool{f: f, w: bufio.NewWriterSize(f, 1<<20), to: to, opts: opts, index: map[*docs.Source]int{}}, nil
}

// remove deletes the spool file.
func (s *spool) remove() {
	s.f.Close()
	os.Remove(s.f.Name())
}

func (s *spool) begin(src *docs.Source) error {
	s.index[src] = len(s.sources)
	s.sources = append(s.sources, src)
	s.buf = append(s.buf[:0], spoolBegin)
	s.buf = binary.AppendUvarint(s.buf, uint64(s.index[src]))
	_, err := s.w.Write(s.buf)
	return err
}

func (s *spool) write(d *docs.Doc) error {
	s.out = docs.AppendDoc(s.out[:0], d, s.to, s.opts)
	out := s.out
	var flags byte
	if d.Changed {
		flags |= 1
	}
	if docs.OutputFormat(d, s.to) == docs.JSONL {
		flags |= 2
	}
	s.buf = append(s.buf[:0], spoolDoc)
	s.buf = binary.AppendUvarint(s.buf, uint64(d.Seq))
	s.buf = append(s.buf, flags)
	s.buf = binary.AppendUvarint(s.buf, uint64(len(out)))
	if _, err := s.w.Write(s.buf); err != nil {
		return err
	}
	_, err := s.w.Write(out)
	return err
}

func (s *spool) end(src *docs.Source, failed bool) error {
	s.buf = append(s.buf[:0], spoolEnd)
	s.buf = binary.AppendUvarint(s.buf, uint64(s.index[src]))
	if failed {
		s.buf = append(s.buf, 1)
	} else {
		s.buf = append(s.buf, 0)
	}
	delete(s.index, src)
	_, err := s.w.Write(s.buf)
	return err
}

func (s *spool) close() error  { return s.w.Flush() }
func (s *spool) abort()        {}
func (s *spool) result() error { return nil }

// replay hands what was spooled to out, in the same order, after annotate
// has had its say on each document (it may add findings or set Drop).
// Findings only reach the records for which annotated(seq) is true: the
// others are written as they were spooled, without parsing them again.
func (s *spool) replay(out sink, annotated func(seq int) bool, annotate func(d *docs.Doc)) error {
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	r := bufio.NewReaderSize(s.f, 1<<20)
	for {
		kind, err := r.ReadByte()
		if err == io.EOF {
			return out.close()
		}
		if err != nil {
			return err
		}
		switch kind {
		case spoolBegin, spoolEnd:
			i, err := binary.ReadUvarint(r)
			if err != nil {
				return err
			}
			src := s.sources[i]
			if kind == spoolBegin {
				err = out.begin(src)
			} else {
				failed, _ := r.ReadByte()
				err = out.end(src, failed == 1)
			}
			if err != nil {
				return err
			}
		case spoolDoc:
			d, err := s.readDoc(r, annotated)
			if err != nil {
				return err
			}
			annotate(d)
			if !d.Drop {
				if err := out.write(d); err != nil {
					return err
				}
			}
		default:
			return fmt.Errorf("spool %s: corrupt entry", s.f.Name())
		}
	}
}

func (s *spool) readDoc(r *bufio.Reader, annotated func(seq int) bool) (*docs.Doc, error) {
	seq, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	flags, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	// The sink is done with a document before the next is read, so one
	// buffer serves them all.
	s.out = slices.Grow(s.out[:0], int(n))[:n]
	data := s.out
	if _, err := io.ReadFull(r, data); err != nil {
		return nil, err
	}
	d := &docs.Doc{Seq: int(seq), Data: data, Format: docs.Text, Changed: flags&1 != 0, Rendered: true}
	if flags&2 == 0 || !annotated(d.Seq) {
		return d, nil
	}
	d.Rendered = false
	rec, err := docs.ParseRecord(data[:len(data)-1]) // without its newline
	if err != nil {
		return nil, err
	}
	d.Format, d.Record, d.Data, d.TextInRecord = docs.JSONL, rec, nil, true
	return d, nil
}
