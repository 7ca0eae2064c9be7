package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

func main() {
	os.MkdirAll("root/etc", 0755)
	os.WriteFile("root/etc/conf", []byte("key=value\n"), 0644)
	os.WriteFile("root/top.txt", []byte("top"), 0644)

	fsys := os.DirFS("root")
	data, err := fs.ReadFile(fsys, "etc/conf")
	fmt.Printf("ReadFile %q %v\n", data, err)
	fi, err := fs.Stat(fsys, "top.txt")
	fmt.Println("Stat", fi.Name(), fi.Size(), fi.IsDir(), err)
	f, err := fsys.Open("top.txt")
	fmt.Println("Open", err)
	b, _ := io.ReadAll(f)
	fmt.Printf("read %q\n", b)
	st, _ := f.Stat()
	fmt.Println("file Stat", st.Name(), st.Size())
	fmt.Println("Close", f.Close())
	if _, ok := f.(*os.File); ok {
		fmt.Println("an *os.File")
	}

	// Names must be valid fs paths: unrooted, slash-separated, no . or .. elements.
	for _, name := range []string{"/etc/conf", "../root/top.txt", "etc/../top.txt", "./top.txt", "", "etc/", "missing"} {
		_, err := fsys.Open(name)
		fmt.Printf("Open %q: %v (invalid=%v notexist=%v)\n", name, err, errors.Is(err, fs.ErrInvalid), errors.Is(err, fs.ErrNotExist))
	}
	_, err = fs.Stat(fsys, "a/../b")
	fmt.Println("Stat invalid:", err)
	_, err = fs.ReadFile(fsys, "etc")
	fmt.Println("ReadFile dir:", err)
	_, err = os.DirFS("").Open("x")
	fmt.Println("empty root:", err)

	fmt.Println("ValidPath:", fs.ValidPath("."), fs.ValidPath("a/b"), fs.ValidPath("a//b"), fs.ValidPath("/a"), fs.ValidPath("a/"))
	entries, err := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir())
	}
	fmt.Println(err, os.RemoveAll("root"))
}
