package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	// The program runs in a fresh temporary directory (the runner's and update-run-goldens').
	for _, d := range []string{"root/a/aa", "root/b", "root/c/skip/deep", "root/d"} {
		must(os.MkdirAll(d, 0o755))
	}
	for _, f := range []string{"root/z.txt", "root/a/1.go", "root/a/2.txt", "root/a/aa/x.go", "root/b/3.go",
		"root/c/4.go", "root/c/skip/5.go", "root/c/skip/deep/6.go", "root/d/7.md"} {
		must(os.WriteFile(f, []byte(f), 0o644))
	}

	fmt.Println("-- Walk")
	err := filepath.Walk("root", func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		size := info.Size()
		if info.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Printf("%s dir=%v name=%s size=%d\n", p, info.IsDir(), info.Name(), size)
		return nil
	})
	fmt.Println("Walk:", err)

	fmt.Println("-- WalkDir with SkipDir")
	err = filepath.WalkDir("root", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("skipping", p)
			return filepath.SkipDir
		}
		if p == "root/a/2.txt" {
			fmt.Println("skip rest of", filepath.Dir(p))
			return filepath.SkipDir
		}
		fmt.Printf("%s dir=%v type=%v\n", p, d.IsDir(), d.Type())
		return nil
	})
	fmt.Println("WalkDir:", err)

	fmt.Println("-- Walk stops on error")
	stop := errors.New("stop here")
	err = filepath.Walk("root", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("visit", p)
		if p == "root/b/3.go" {
			return stop
		}
		return nil
	})
	fmt.Println("Walk:", err, err == stop)

	fmt.Println("-- missing root")
	err = filepath.Walk("nope", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("called with", p, info == nil, err)
		return err
	})
	fmt.Println("Walk:", err, errors.Is(err, fs.ErrNotExist))
	err = filepath.WalkDir("nope", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("called with", p, d == nil, err)
		return nil
	})
	fmt.Println("WalkDir:", err)

	fmt.Println("-- a file as root")
	filepath.WalkDir("root/z.txt", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p, d.Name(), d.IsDir(), err)
		return nil
	})
	fmt.Println("SkipDir at file root:", filepath.Walk("root/z.txt", func(string, fs.FileInfo, error) error { return filepath.SkipDir }))

	fmt.Println("-- Glob")
	for _, pat := range []string{"root/*", "root/*/*.go", "root/?/*", "root/[ab]/*.txt", "root/c/skip/deep/*",
		"root/none*", "root/z.txt", "root/missing", "root/*/aa", "root/[", "ro?t"} {
		m, err := filepath.Glob(pat)
		fmt.Printf("Glob(%q) = %q %v\n", pat, m, err)
	}

	fmt.Println("-- Abs")
	wd, err := os.Getwd()
	must(err)
	for _, p := range []string{"root/a", ".", "root/../root/b/", ""} {
		a, err := filepath.Abs(p)
		rel, _ := filepath.Rel(wd, a)
		fmt.Printf("Abs(%q): abs=%v rel=%q err=%v\n", p, filepath.IsAbs(a), rel, err)
	}
	a, _ := filepath.Abs("/x/../y")
	fmt.Println("Abs abs:", a)
}
