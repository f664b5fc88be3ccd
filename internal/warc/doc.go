// Package warc reads WARC 1.0 and 1.1 files (ISO 28500) as a stream of records,
// unpacking the HTTP response inside response records so that Body holds the
// document a crawler fetched:
//
//	rd := warc.NewReader(f) // f: a .warc file, or a gzip.Reader over a .warc.gz
//	for rec, err := rd.Next(); err != io.EOF; rec, err = rd.Next() { /* report err, or use rec.Body if rec.IsDocument() */ }
//
// The reader holds one record in memory at a time and never more than
// MaxRecord bytes of it. Errors are *Error values that carry the byte offset
// of the record in the (decompressed) stream; ErrTooLarge and ErrMalformed
// records can be skipped and reading goes on, while a truncated or unreadable
// stream ends with one error wrapping io.ErrUnexpectedEOF (or the read error)
// followed by io.EOF.
package warc
