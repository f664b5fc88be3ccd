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
//
// Documents go to a data file exactly as they will be written, one after
// another; an index file holds the entries (source begins and ends, and
// each document's number, flags and length). A run of documents that get
// no findings is then one range of the data file, which a sink that can
// copies in the kernel (copy_file_range) instead of through the program.
type spool struct {
	data, index *os.File
	dw, iw      *bufio.Writer
	to          docs.Format
	opts        docs.Options
	sources     []*docs.Source
	ids         map[*docs.Source]int
	buf         []byte // an entry
	out         []byte // a document as it will be written
}

// Entry kinds.
const (
	spoolBegin = 'b'
	spoolDoc   = 'd'
	spoolEnd   = 'e'
)

// Document flags.
const (
	spoolChanged = 1 << iota
	spoolJSONL
)

func newSpool(to docs.Format, opts docs.Options) (*spool, error) {
	data, err := os.CreateTemp("", "winnow-spool-*")
	if err != nil {
		return nil, err
	}
	index, err := os.CreateTemp("", "winnow-spool-index-*")
	if err != nil {
		data.Close()
		os.Remove(data.Name())
		return nil, err
	}
	return &spool{
		data: data, index: index,
		dw: bufio.NewWriterSize(data, 1<<20), iw: bufio.NewWriterSize(index, 64<<10),
		to: to, opts: opts, ids: map[*docs.Source]int{},
	}, nil
}

// remove deletes the spool's files.
func (s *spool) remove() {
	for _, f := range []*os.File{s.data, s.index} {
		f.Close()
		os.Remove(f.Name())
	}
}

func (s *spool) begin(src *docs.Source) error {
	s.ids[src] = len(s.sources)
	s.sources = append(s.sources, src)
	s.buf = append(s.buf[:0], spoolBegin)
	s.buf = binary.AppendUvarint(s.buf, uint64(s.ids[src]))
	_, err := s.iw.Write(s.buf)
	return err
}

func (s *spool) write(d *docs.Doc) error {
	s.out = docs.AppendDoc(s.out[:0], d, s.to, s.opts)
	var flags byte
	if d.Changed {
		flags |= spoolChanged
	}
	if docs.OutputFormat(d, s.to) == docs.JSONL {
		flags |= spoolJSONL
	}
	s.buf = append(s.buf[:0], spoolDoc)
	s.buf = binary.AppendUvarint(s.buf, uint64(d.Seq))
	s.buf = append(s.buf, flags)
	s.buf = binary.AppendUvarint(s.buf, uint64(len(s.out)))
	if _, err := s.iw.Write(s.buf); err != nil {
		return err
	}
	_, err := s.dw.Write(s.out)
	return err
}

func (s *spool) end(src *docs.Source, failed bool) error {
	s.buf = append(s.buf[:0], spoolEnd)
	s.buf = binary.AppendUvarint(s.buf, uint64(s.ids[src]))
	if failed {
		s.buf = append(s.buf, 1)
	} else {
		s.buf = append(s.buf, 0)
	}
	delete(s.ids, src)
	_, err := s.iw.Write(s.buf)
	return err
}

func (s *spool) close() error {
	if err := s.dw.Flush(); err != nil {
		return err
	}
	return s.iw.Flush()
}

func (s *spool) abort()        {}
func (s *spool) result() error { return nil }

// A spanSink can write a range of documents already rendered in one go.
type spanSink interface {
	// writeSpan writes n bytes read from r; changed says whether any of
	// their documents changed.
	writeSpan(r io.Reader, n int64, changed bool) error
}

// replay hands what was spooled to out, in the same order. The documents
// for which annotated(seq) is true go to annotate first, which may add
// findings (JSONL records are parsed again for it) or set Drop; the others
// are written as they were spooled.
func (s *spool) replay(out sink, annotated func(seq int) bool, annotate func(d *docs.Doc)) error {
	for _, f := range []*os.File{s.data, s.index} {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return err
		}
	}
	r := &replayer{spool: s, dst: out}
	r.spans, _ = out.(spanSink)
	ir := bufio.NewReaderSize(s.index, 64<<10)
	for {
		kind, err := ir.ReadByte()
		if err == io.EOF {
			if err := r.flush(); err != nil {
				return err
			}
			return out.close()
		}
		if err != nil {
			return err
		}
		switch kind {
		case spoolBegin, spoolEnd:
			i, err := binary.ReadUvarint(ir)
			if err != nil {
				return err
			}
			if err := r.flush(); err != nil {
				return err
			}
			src := s.sources[i]
			if kind == spoolBegin {
				err = out.begin(src)
			} else {
				failed, _ := ir.ReadByte()
				err = out.end(src, failed == 1)
			}
			if err != nil {
				return err
			}
		case spoolDoc:
			if err := r.doc(ir, annotated, annotate); err != nil {
				return err
			}
		default:
			return fmt.Errorf("spool %s: corrupt entry", s.index.Name())
		}
	}
}

// replayer writes the spooled documents, holding back a span of the data
// file for a sink that copies spans.
type replayer struct {
	*spool
	dst     sink
	spans   spanSink
	pos     int64 // where the next document's data starts
	span    int64 // bytes held back, ending at pos
	changed bool  // whether a held-back document changed
}

func (r *replayer) doc(ir *bufio.Reader, annotated func(seq int) bool, annotate func(d *docs.Doc)) error {
	seq, err := binary.ReadUvarint(ir)
	if err != nil {
		return err
	}
	flags, err := ir.ReadByte()
	if err != nil {
		return err
	}
	n, err := binary.ReadUvarint(ir)
	if err != nil {
		return err
	}
	find := annotated(int(seq))
	// An empty document goes on its own, so that the sink still hears
	// whether it changed.
	if !find && r.spans != nil && n > 0 {
		r.span += int64(n)
		r.pos += int64(n)
		r.changed = r.changed || flags&spoolChanged != 0
		return nil
	}
	if err := r.flush(); err != nil {
		return err
	}
	// The sink is done with a document before the next is read, so one
	// buffer serves them all.
	r.out = slices.Grow(r.out[:0], int(n))[:n]
	data := r.out
	if _, err := r.data.ReadAt(data, r.pos); err != nil {
		return err
	}
	r.pos += int64(n)
	d := &docs.Doc{Seq: int(seq), Data: data, Format: docs.Text, Changed: flags&spoolChanged != 0, Rendered: true}
	if find {
		if flags&spoolJSONL != 0 {
			rec, err := docs.ParseRecord(data[:len(data)-1]) // without its newline
			if err != nil {
				return err
			}
			d.Format, d.Record, d.Data, d.TextInRecord, d.Rendered = docs.JSONL, rec, nil, true, false
		}
		annotate(d)
	}
	if d.Drop {
		return nil
	}
	return r.dst.write(d)
}

// flush writes the span held back.
func (r *replayer) flush() error {
	if r.span == 0 {
		r.changed = false
		return nil
	}
	if _, err := r.data.Seek(r.pos-r.span, io.SeekStart); err != nil {
		return err
	}
	err := r.spans.writeSpan(r.data, r.span, r.changed)
	r.span, r.changed = 0, false
	return err
}
