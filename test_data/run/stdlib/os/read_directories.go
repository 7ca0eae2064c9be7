package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
)

func main() {
	os.MkdirAll("tree/sub/deeper", 0755)
	for _, name := range []string{"tree/b.txt", "tree/a.txt", "tree/c.go", "tree/sub/x"} {
		os.WriteFile(name, []byte(name), 0644)
	}
	os.Symlink("a.txt", "tree/link")

	// os.ReadDir sorts by name.
	entries, err := os.ReadDir("tree")
	fmt.Println("ReadDir:", len(entries), err)
	for _, e := range entries {
		info, ierr := e.Info()
		size := info.Size()
		if e.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Printf("  %-6s dir=%-5v type=%v size=%d %v\n", e.Name(), e.IsDir(), e.Type(), size, ierr)
	}
	_, err = os.ReadDir("nope")
	fmt.Println("ReadDir missing:", err)

	// File.ReadDir(n) in chunks: directory order, so sort what was read.
	f, _ := os.Open("tree")
	var names []string
	for {
		chunk, err := f.ReadDir(2)
		for _, e := range chunk {
			names = append(names, e.Name())
		}
		if err != nil {
			fmt.Println("chunked ReadDir ended:", err, err == io.EOF, len(chunk))
			break
		}
		fmt.Println("chunk of", len(chunk))
	}
	sort.Strings(names)
	fmt.Println(names)
	rest, err := f.ReadDir(-1)
	fmt.Println("after end:", len(rest), rest != nil, err)
	f.Close()

	// Readdirnames and Readdir read everything with n <= 0.
	f, _ = os.Open("tree")
	all, err := f.Readdirnames(0)
	sort.Strings(all)
	fmt.Println("Readdirnames:", all, err)
	more, err := f.Readdirnames(1)
	fmt.Println("Readdirnames at end:", more, more != nil, err)
	f.Close()
	f, _ = os.Open("tree")
	infos, err := f.Readdir(-1)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		if fi.IsDir() {
			fmt.Printf("  Readdir %s %v\n", fi.Name(), fi.Mode())
			continue
		}
		fmt.Printf("  Readdir %s %v %d\n", fi.Name(), fi.Mode(), fi.Size())
	}
	fmt.Println("Readdir err:", err)
	// Seek back to the start and read again.
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println("Seek dir:", off, err)
	again, _ := f.Readdirnames(-1)
	fmt.Println("again:", len(again))
	f.Close()
	_, err = f.Readdirnames(-1)
	fmt.Println("Readdirnames closed:", err)

	// Reading a regular file as a directory and a directory as a file.
	rf, _ := os.Open("tree/a.txt")
	_, err = rf.Readdirnames(-1)
	fmt.Println("Readdirnames of file:", err)
	rf.Close()
	df, _ := os.Open("tree")
	_, err = df.Read(make([]byte, 4))
	fmt.Println("Read of dir:", err)
	fi, _ := df.Stat()
	fmt.Println("Stat dir:", fi.Name(), fi.IsDir(), fi.Mode())
	df.Close()

	// fs.FileInfoToDirEntry and fs.ReadDir over os.DirFS.
	fi, _ = os.Stat("tree/c.go")
	de := fs.FileInfoToDirEntry(fi)
	fmt.Println("FileInfoToDirEntry:", de.Name(), de.IsDir(), de.Type())
	fsys := os.DirFS("tree")
	list, err := fs.ReadDir(fsys, "sub")
	for _, e := range list {
		fmt.Println("  fs.ReadDir:", e.Name(), e.IsDir())
	}
	fmt.Println("fs.ReadDir err:", err)
	fmt.Println(os.RemoveAll("tree"))
}
