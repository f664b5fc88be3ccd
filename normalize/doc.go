// Package normalize turns scraped text into clean, valid UTF-8: it repairs
// mojibake, applies a Unicode normalization form, maps odd spaces, removes
// invisible and control characters, unifies line breaks, trims trailing
// space and squeezes blank lines, and optionally decodes HTML entities,
// ASCII-fies punctuation and folds character widths.
//
//	clean := normalize.String(text, normalize.Options{})
//	r := transform.NewReader(file, normalize.New(normalize.Options{})) // streams
//
// Input in another encoding is transcoded first: Detect names the encoding
// of raw bytes (DetectHTML also weighs a page's declared charset) and
// DecodeTo transcodes them to UTF-8.
//
// The result is idempotent: normalizing it again changes nothing. The
// transformer holds at most one line (MaxLine bytes), so input of any size
// streams through. FixMojibake repairs mojibake alone.
package normalize
