package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	// MkdirTemp in the current directory: the random part replaces the last '*'.
	dir, err := os.MkdirTemp(".", "work-*-dir")
	fmt.Println("MkdirTemp:", err, strings.HasPrefix(dir, "./work-"), strings.HasSuffix(dir, "-dir"))
	fi, err := os.Stat(dir)
	fmt.Println("is dir:", err, fi.IsDir(), fi.Mode().Perm())
	dir2, _ := os.MkdirTemp(".", "work-*-dir")
	fmt.Println("distinct:", dir != dir2)
	d3, err := os.MkdirTemp(dir, "plain")
	fmt.Println("no star:", err, strings.HasPrefix(d3, dir+"/plain"))

	// CreateTemp: open for reading and writing, mode 0600.
	f, err := os.CreateTemp(dir, "data.*.txt")
	fmt.Println("CreateTemp:", err, strings.HasPrefix(f.Name(), dir+"/data."), strings.HasSuffix(f.Name(), ".txt"))
	f.WriteString("temporary")
	f.Seek(0, 0)
	buf := make([]byte, 20)
	n, _ := f.Read(buf)
	fmt.Printf("read back %q\n", buf[:n])
	fi, _ = f.Stat()
	fmt.Println("mode:", fi.Mode())
	f.Close()
	g, _ := os.CreateTemp(dir, "")
	fmt.Println("empty pattern:", g.Name()[:strings.LastIndex(g.Name(), "/")] == dir)
	g.Close()

	// The default directory is os.TempDir ($TMPDIR).
	os.Setenv("TMPDIR", dir)
	fmt.Println("TempDir:", os.TempDir() == dir)
	h, err := os.CreateTemp("", "in-tmpdir-*")
	fmt.Println("CreateTemp default dir:", err, strings.HasPrefix(h.Name(), dir+"/in-tmpdir-"))
	h.Close()
	d4, err := os.MkdirTemp("", "")
	fmt.Println("MkdirTemp default dir:", err, strings.HasPrefix(d4, dir+"/"))
	os.Unsetenv("TMPDIR")
	fmt.Println("TempDir unset:", os.TempDir())

	// Errors: a separator in the pattern, a missing directory.
	_, err = os.MkdirTemp(".", "a/b*")
	fmt.Println("MkdirTemp separator:", err)
	_, err = os.CreateTemp(".", "x/y")
	fmt.Println("CreateTemp separator:", err)
	_, err = os.MkdirTemp("missing-dir", "x*")
	fmt.Println("MkdirTemp missing dir:", err, os.IsNotExist(err))
	_, err = os.CreateTemp("missing-dir", "x*")
	fmt.Println("CreateTemp missing dir:", strings.HasPrefix(err.Error(), "open missing-dir/x"), os.IsNotExist(err))

	entries, _ := os.ReadDir(dir)
	fmt.Println("entries:", len(entries))
	fmt.Println(os.RemoveAll(dir), os.RemoveAll(dir2))
	_, err = os.Stat(dir)
	fmt.Println("removed:", os.IsNotExist(err))
}
