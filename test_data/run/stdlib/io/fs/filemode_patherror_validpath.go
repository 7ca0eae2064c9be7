package main

import (
	"errors"
	"fmt"
	"io/fs"
	"time"
)

// memInfo is a FileInfo that does not come from the file system.
type memInfo struct {
	name string
	mode fs.FileMode
}

func (m memInfo) Name() string       { return m.name }
func (m memInfo) Size() int64        { return 42 }
func (m memInfo) Mode() fs.FileMode  { return m.mode }
func (m memInfo) ModTime() time.Time { return time.Time{} }
func (m memInfo) IsDir() bool        { return m.mode.IsDir() }
func (m memInfo) Sys() any           { return nil }

func main() {
	modes := []fs.FileMode{0, 0644, 0755 | fs.ModeDir, fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0600,
		fs.ModeSocket, fs.ModeDevice | fs.ModeCharDevice | 0620, fs.ModeDevice | 0660, fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky | 0755,
		fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | fs.ModeIrregular | 0400, ^fs.FileMode(0)}
	for _, m := range modes {
		fmt.Printf("%-12s %#o dir=%v regular=%v perm=%v type=%v\n", m.String(), uint32(m), m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	fmt.Println(fs.ModeType, fs.ModePerm, uint32(fs.ModeType))

	// DirEntry from a FileInfo.
	for _, fi := range []fs.FileInfo{memInfo{"file.txt", 0640}, memInfo{"dir", fs.ModeDir | 0700}, memInfo{"sym", fs.ModeSymlink}} {
		d := fs.FileInfoToDirEntry(fi)
		info, err := d.Info()
		fmt.Println(d.Name(), d.IsDir(), d.Type(), info.Size(), err)
	}
	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)

	// PathError.
	pe := &fs.PathError{Op: "open", Path: "a/b", Err: fs.ErrNotExist}
	fmt.Println(pe, pe.Unwrap() == fs.ErrNotExist, errors.Is(pe, fs.ErrNotExist), pe.Timeout())
	var target *fs.PathError
	wrapped := fmt.Errorf("wrapped: %w", pe)
	fmt.Println(errors.As(wrapped, &target), target.Path, errors.Is(wrapped, fs.ErrNotExist))
	fmt.Println(fs.ErrInvalid, "|", fs.ErrPermission, "|", fs.ErrExist, "|", fs.ErrNotExist, "|", fs.ErrClosed)

	// ValidPath.
	for _, p := range []string{".", "a", "a/b/c", "", "/", "/a", "a/", "a//b", "./a", "a/.", "a/..", "..", "a/../b", "a\\b", "...", ".a", "a/.b"} {
		fmt.Printf("ValidPath(%q) = %v\n", p, fs.ValidPath(p))
	}
}
