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
	must(os.MkdirAll("t/real/sub", 0o755))
	must(os.WriteFile("t/real/sub/f.txt", []byte("hi"), 0o644))
	must(os.Symlink("real", "t/link"))             // relative link to a directory
	must(os.Symlink("link/sub/f.txt", "t/flink"))  // link through a link
	must(os.Symlink("../t/real/sub", "t/real/up")) // link with ..
	must(os.Symlink("loop2", "t/loop1"))
	must(os.Symlink("loop1", "t/loop2"))
	must(os.Symlink("missing", "t/dangling"))

	for _, p := range []string{"t/real/sub/f.txt", "t/link", "t/link/sub", "t/link/sub/f.txt", "t/flink",
		"t/real/up/f.txt", "t/link/../real", "t/./link//sub/", ".", "t/dangling", "t/loop1", "t/missing",
		"t/flink/x", "t/real/sub/f.txt/x"} {
		s, err := filepath.EvalSymlinks(p)
		fmt.Printf("EvalSymlinks(%q) = %q %v notexist=%v\n", p, s, err, errors.Is(err, fs.ErrNotExist))
	}

	fmt.Println("-- WalkDir does not follow links")
	filepath.WalkDir("t", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("error:", err)
			return nil
		}
		fmt.Printf("%s %v\n", p, d.Type())
		return nil
	})
	fmt.Println("-- Walk does not follow links")
	filepath.Walk("t", func(p string, info fs.FileInfo, err error) error {
		fmt.Printf("%s link=%v dir=%v\n", p, info.Mode()&fs.ModeSymlink != 0, info.IsDir())
		return nil
	})
	m, err := filepath.Glob("t/*/sub")
	fmt.Println("Glob through link:", m, err)

	wd, _ := os.Getwd()
	a, err := filepath.Abs("t/link/../x")
	rel, _ := filepath.Rel(wd, a)
	fmt.Println("Abs is lexical:", rel, err)
}
