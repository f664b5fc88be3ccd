package docs

import (
	"bufio"
	"compress/gzip"
	"io"

	"github.com/klauspost/compress/zstd"
)

// A Writer writes documents to one stream, each in its own output format.
type Writer struct {
	bw   *bufio.Writer
	zw   io.WriteCloser // the compressor, if any
	opts Options
	to   Format
	buf  []byte
}

// NewWriter returns a Writer to w. Documents are written in format to, or when
// to is Detect, in the format they have (JSONL stays JSONL; text and HTML are
// written as they are). compress is "gzip", "zstd" or "" (see Compression).
func NewWriter(w io.Writer, to Format, opts Options, compress string) *Writer {
	wr := &Writer{opts: opts, to: to}
	switch compress {
	case "gzip":
		wr.zw = gzip.NewWriter(w)
	case "zstd":
		wr.zw, _ = zstd.NewWriter(w, zstd.WithEncoderConcurrency(1))
	}
	if wr.zw != nil {
		w = wr.zw
	}
	wr.bw = bufio.NewWriterSize(w, 64<<10)
	return wr
}

// Write writes one document.
func (w *Writer) Write(d *Doc) error {
	if d.Rendered {
		_, err := w.bw.Write(d.Data)
		return err
	}
	w.buf = AppendDoc(w.buf[:0], d, w.to, w.opts)
	_, err := w.bw.Write(w.buf)
	return err
}

// WriteRendered writes n bytes from r of documents already in the output
// format, as a spool holds them. From a file to a file, uncompressed, the
// kernel copies them (copy_file_range) without passing them through here.
func (w *Writer) WriteRendered(r io.Reader, n int64) error {
	if err := w.bw.Flush(); err != nil {
		return err
	}
	// With its buffer empty, bufio hands the copy to the file itself.
	_, err := io.CopyN(w.bw, r, n)
	return err
}

// Flush writes out what is buffered and ends the compressed stream, if any.
func (w *Writer) Flush() error {
	if err := w.bw.Flush(); err != nil {
		return err
	}
	if w.zw != nil {
		return w.zw.Close()
	}
	return nil
}

// OutputFormat is the format d is written in when the requested format is to.
// Documents from a web archive are written as JSONL records unless asked
// otherwise: concatenated pages would lose where each began.
func OutputFormat(d *Doc, to Format) Format {
	if to != Detect {
		return to
	}
	if d.Source != nil && d.Source.Format == WARC {
		return JSONL
	}
	return d.Format
}

// AppendDoc appends d in the output format for to: a JSONL line (the original
// record with its text replaced and findings under "winnow"), or the text itself.
//
// A document that was not a JSONL record becomes one that datatrove and
// Dolma read as is: id, text, source (the file it came from), url when
// known, and its Fields under metadata.
func AppendDoc(b []byte, d *Doc, to Format, opts Options) []byte {
	if d.Rendered || OutputFormat(d, to) != JSONL {
		return append(b, d.Data...)
	}
	rec := d.Record
	withText := !d.TextInRecord // the text is quoted as the record is written
	if rec == nil {
		rec, withText = newRecord(d, opts), true
	} else {
		for _, f := range d.Fields {
			if _, ok := rec.Raw(f.Key); !ok {
				if v, err := marshal(f.Value); err == nil {
					rec.Set(f.Key, v)
				}
			}
		}
	}
	if len(d.Findings) > 0 {
		rec.Set("winnow", mergeFindings(rec, d.Findings))
	}
	if withText {
		b = rec.appendWithText(b, opts.textField(), d.Data)
	} else {
		b = rec.AppendTo(b)
	}
	return append(b, '\n')
}

func newRecord(d *Doc, opts Options) *Record {
	rec := &Record{}
	rec.SetString(opts.idField(), d.ID)
	rec.Set(opts.textField(), nil) // its place: AppendDoc writes the text
	if d.Source != nil {
		rec.SetString("source", d.Source.Path)
	}
	meta := &Record{}
	for _, f := range d.Fields {
		v, err := marshal(f.Value)
		if err != nil {
			continue
		}
		if f.Key == "url" {
			rec.Set("url", v)
		}
		meta.Set(f.Key, v)
	}
	if len(meta.members) > 0 {
		rec.Set("metadata", meta.AppendTo(nil))
	}
	return rec
}

// mergeFindings builds the "winnow" object: members from an earlier winnow run
// stay, in their order, and this run's findings replace or follow them.
func mergeFindings(rec *Record, findings []Finding) []byte {
	obj := &Record{}
	if raw, ok := rec.Raw("winnow"); ok {
		if old, err := ParseRecord(raw); err == nil {
			obj = old
		}
	}
	for _, f := range findings {
		v, err := marshal(f.Value)
		if err != nil {
			continue
		}
		obj.Set(f.Key, v)
	}
	return obj.AppendTo(nil)
}
