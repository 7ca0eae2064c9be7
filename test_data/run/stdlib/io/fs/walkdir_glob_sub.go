package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	for _, d := range []string{"root/a/b", "root/a/skip/deep", "root/c"} {
		os.MkdirAll(d, 0755)
	}
	for _, f := range []string{"root/top.go", "root/a/x.go", "root/a/y.txt", "root/a/b/z.go", "root/a/skip/s.go", "root/a/skip/deep/t.go", "root/c/w.txt"} {
		os.WriteFile(f, []byte(f), 0644)
	}
	fsys := os.DirFS("root")

	// WalkDir visits in lexical order, the root first.
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Printf("walk %-16s dir=%v\n", p, d.IsDir())
		return nil
	})
	fmt.Println("WalkDir:", err)

	// SkipDir on a directory skips it; on a file it skips the rest of the directory.
	err = fs.WalkDir(fsys, "a", func(p string, d fs.DirEntry, err error) error {
		if p == "a/skip" {
			fmt.Println("skipping", p)
			return fs.SkipDir
		}
		fmt.Println("visit", p)
		if p == "a/b/z.go" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println("WalkDir with SkipDir:", err)

	// Another error stops the walk and is returned.
	stop := errors.New("stop here")
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if p == "a/x.go" {
			return stop
		}
		return nil
	})
	fmt.Println("WalkDir stopped:", err, err == stop)

	// A missing root: the function sees the error.
	err = fs.WalkDir(fsys, "missing", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("called for", p, d == nil, err)
		return err
	})
	fmt.Println("WalkDir missing:", err)
	err = fs.WalkDir(fsys, "top.go", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("file root", p, d.IsDir(), err)
		return nil
	})
	fmt.Println("WalkDir of a file:", err)

	// Glob.
	for _, pat := range []string{"*.go", "a/*.go", "*/*.go", "a/*/*.go", "a/[xy].*", "nothing*", "a/?.txt", "[", "a/\\"} {
		m, err := fs.Glob(fsys, pat)
		fmt.Printf("Glob %-10q %q %v\n", pat, m, err)
	}

	// Sub.
	sub, err := fs.Sub(fsys, "a")
	fmt.Println("Sub:", err)
	data, err := fs.ReadFile(sub, "b/z.go")
	fmt.Printf("Sub ReadFile %q %v\n", data, err)
	m, err := fs.Glob(sub, "*.go")
	fmt.Println("Sub Glob", m, err)
	entries, err := fs.ReadDir(sub, ".")
	for _, e := range entries {
		fmt.Println("Sub entry", e.Name(), e.IsDir())
	}
	_, err = sub.Open("../top.go")
	fmt.Println("Sub Open escape:", err)
	_, err = sub.Open("nope")
	fmt.Println("Sub Open missing:", err)
	same, err := fs.Sub(fsys, ".")
	fmt.Println("Sub dot is same:", same == fsys, err)
	_, err = fs.Sub(fsys, "../x")
	fmt.Println("Sub invalid:", err)
	subsub, _ := fs.Sub(sub, "skip")
	data, err = fs.ReadFile(subsub, "deep/t.go")
	fmt.Printf("Sub of Sub %q %v\n", data, err)
	fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("sub walk", p)
		return nil
	})
	fmt.Println(fs.SkipDir, os.RemoveAll("root"))
}
