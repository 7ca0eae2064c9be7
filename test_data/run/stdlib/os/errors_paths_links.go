package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

func show(what string, err error) {
	fmt.Printf("%s: %v\n", what, err)
	if err == nil {
		return
	}
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		fmt.Printf("  PathError op=%q path=%q err=%q\n", pe.Op, pe.Path, pe.Err)
	case errors.As(err, &le):
		fmt.Printf("  LinkError op=%q old=%q new=%q err=%q\n", le.Op, le.Old, le.New, le.Err)
	}
	fmt.Println("  IsNotExist", os.IsNotExist(err), errors.Is(err, fs.ErrNotExist),
		"IsExist", os.IsExist(err), errors.Is(err, fs.ErrExist),
		"IsPermission", os.IsPermission(err), "IsTimeout", os.IsTimeout(err))
}

func main() {
	_, err := os.Open("no/such/file")
	show("Open missing", err)
	_, err = os.ReadFile("nothing.txt")
	show("ReadFile missing", err)
	_, err = os.Stat("nothing.txt")
	show("Stat missing", err)
	_, err = os.Lstat("nothing.txt")
	show("Lstat missing", err)
	show("Remove missing", os.Remove("nothing.txt"))
	show("Chdir missing", os.Chdir("nothing"))
	show("Chmod missing", os.Chmod("nothing", 0644))
	show("Rename missing", os.Rename("nothing", "other"))
	show("RemoveAll missing", os.RemoveAll("nothing"))

	os.Mkdir("d", 0755)
	show("Mkdir existing", os.Mkdir("d", 0755))
	os.WriteFile("d/f", []byte("x"), 0644)
	show("Remove non-empty", os.Remove("d"))
	show("MkdirAll over file", os.MkdirAll("d/f/g", 0755))
	show("MkdirAll file", os.MkdirAll("d/f", 0755))
	show("Mkdir under file", os.Mkdir("d/f/g", 0755))
	show("Chdir to file", os.Chdir("d/f"))
	_, err = os.ReadFile("d")
	show("ReadFile dir", err)
	_, err = os.ReadDir("d/f")
	show("ReadDir file", err)
	_, err = os.OpenFile("d", os.O_WRONLY, 0)
	show("OpenFile dir for writing", err)
	os.Mkdir("e", 0755)
	show("Rename file onto dir", os.Rename("d/f", "e"))
	show("Rename dir onto dir", os.Rename("d", "e"))
	show("RemoveAll dot", os.RemoveAll("d/."))

	// Links.
	show("Symlink", os.Symlink("f", "d/link"))
	target, err := os.Readlink("d/link")
	fmt.Printf("Readlink %q %v\n", target, err)
	_, err = os.Readlink("d/f")
	show("Readlink non-link", err)
	show("Symlink existing", os.Symlink("f", "d/link"))
	fi, _ := os.Lstat("d/link")
	fmt.Println("Lstat link:", fi.Name(), fi.Mode()&fs.ModeSymlink != 0, fi.Mode().Type() == fs.ModeSymlink)
	fi2, _ := os.Stat("d/link")
	fmt.Println("Stat link:", fi2.Name(), fi2.Mode().IsRegular(), fi2.Size())
	show("Link", os.Link("d/f", "d/hard"))
	show("Link existing", os.Link("d/f", "d/hard"))
	show("Link missing", os.Link("d/none", "d/hard2"))
	a, _ := os.Stat("d/f")
	b, _ := os.Stat("d/hard")
	c, _ := os.Stat("d/link")
	e, _ := os.Stat("e")
	fmt.Println("SameFile:", os.SameFile(a, b), os.SameFile(a, c), os.SameFile(a, e), os.SameFile(a, fi))
	_, err = os.Stat("d/dangling")
	os.Symlink("nowhere", "d/dangling")
	_, err = os.Stat("d/dangling")
	show("Stat dangling", err)
	_, err = os.Lstat("d/dangling")
	show("Lstat dangling", err)

	// Modes and times.
	show("Chmod", os.Chmod("d/f", 0600))
	fi, _ = os.Stat("d/f")
	fmt.Println("mode:", fi.Mode(), fi.Mode().Perm(), fi.Mode().IsRegular())
	os.Chmod("d/f", 0755|os.ModeSetuid)
	fi, _ = os.Stat("d/f")
	fmt.Println("mode setuid:", fi.Mode())
	fi, _ = os.Stat("d")
	fmt.Println("dir mode:", fi.Mode(), fi.IsDir(), fi.Mode().IsDir())
	mt := time.Date(2020, time.March, 4, 5, 6, 7, 800, time.UTC)
	show("Chtimes", os.Chtimes("d/f", mt, mt))
	fi, _ = os.Stat("d/f")
	fmt.Println("ModTime:", fi.ModTime().UTC(), fi.ModTime().Equal(mt))
	show("Chtimes missing", os.Chtimes("nothing", mt, mt))
	show("Chown self", os.Chown("d/f", os.Getuid(), os.Getgid()))
	show("Chown keep", os.Chown("d/f", -1, -1))
	show("Lchown link", os.Lchown("d/link", -1, -1))
	show("Chown missing", os.Chown("nothing", -1, -1))

	// The error values themselves.
	fmt.Println(os.ErrNotExist, "|", os.ErrExist, "|", os.ErrPermission, "|", os.ErrInvalid, "|", os.ErrClosed,
		"|", os.ErrNoDeadline, "|", os.ErrDeadlineExceeded, "|", os.ErrProcessDone)
	se := os.NewSyscallError("open", os.ErrNotExist)
	fmt.Println(se, os.IsNotExist(se), errors.Is(se, fs.ErrNotExist), os.NewSyscallError("x", nil) == nil)
	pe := &os.PathError{Op: "op", Path: "p", Err: errors.New("bad")}
	fmt.Println(pe, pe.Unwrap(), pe.Timeout())
	le := &os.LinkError{Op: "link", Old: "a", New: "b", Err: os.ErrExist}
	fmt.Println(le, le.Unwrap() == os.ErrExist, os.IsExist(le))
	fmt.Println(os.IsTimeout(os.ErrDeadlineExceeded), errors.Is(os.ErrDeadlineExceeded, os.ErrDeadlineExceeded))

	fmt.Println("RemoveAll:", os.RemoveAll("d"), os.RemoveAll("e"))
	_, err = os.Stat("d")
	fmt.Println(os.IsNotExist(err))
}
