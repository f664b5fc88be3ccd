// Package atomicfile replaces files so that readers see the old content or the
// new, never a mix, and a failure leaves the old file untouched.
//
//	f, err := atomicfile.Create("out.txt") // write to f, then
//	err = f.Commit()                        // or f.Abort() to leave out.txt as it was
package atomicfile

import (
	"io"
	"os"
	"path/filepath"
)

// A File collects the new content of a path in a temporary file beside it.
type File struct {
	*os.File
	path string
	mode os.FileMode
	done bool
}

// Create starts replacing path. The directory must exist. A file that is
// replaced keeps its permissions.
func Create(path string) (*File, error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".winnow-*")
	if err != nil {
		return nil, err
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	return &File{File: tmp, path: path, mode: mode}, nil
}

// Commit syncs the new content and renames it over the path.
func (f *File) Commit() error {
	if f.done {
		return nil
	}
	f.done = true
	err := f.Chmod(f.mode)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), f.path)
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	// Sync the directory so the rename itself survives a crash.
	if d, err := os.Open(filepath.Dir(f.path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// Abort removes the temporary file; the path stays as it was. It is safe to
// call after Commit, which makes it a no-op, so it can be deferred.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.Close()
	os.Remove(f.Name())
}

// Write creates or replaces path with what fn writes, atomically.
func Write(path string, fn func(w io.Writer) error) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := fn(f); err != nil {
		return err
	}
	return f.Commit()
}
