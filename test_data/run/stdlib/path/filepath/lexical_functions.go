package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	fmt.Printf("Separator=%q ListSeparator=%q\n", filepath.Separator, filepath.ListSeparator)
	for _, p := range []string{"", ".", "..", "/", "///", "a/b", "a/b/", "/a/b/../../..", "a/./b/../c//d",
		"../x/../y", "dir/file.txt", "archive.tar.gz", "/.profile"} {
		dir, file := filepath.Split(p)
		fmt.Printf("%-16q Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v Split=(%q,%q) Vol=%q\n", p, filepath.Clean(p),
			filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p), dir, file, filepath.VolumeName(p))
	}
	fmt.Printf("%q %q %q %q %q\n", filepath.Join(), filepath.Join("", ""), filepath.Join("a", "b/c", "../d"),
		filepath.Join("/", "..", "x"), filepath.Join("a", "", "/b"))
	fmt.Printf("%q %q\n", filepath.ToSlash("a/b\\c"), filepath.FromSlash("a/b\\c"))

	for _, l := range []string{"", "/bin", "/bin:/usr/bin", ":a::b:", "/a:"} {
		fmt.Printf("SplitList(%q) = %q len=%d\n", l, filepath.SplitList(l), len(filepath.SplitList(l)))
	}

	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/c/d"}, {"a/b/c", "a/d"}, {"/a/b", "/a/b/c"}, {"/", "/a/b"},
		{".", "a/b"}, {"a", "."}, {"../a", "../b"}, {"a/b", "../c"}, {"/a", "b"}, {"a", "/b"}, {"..", "a"},
		{"/a/b/c", "/"}, {"/ab/cd", "/ab/cde"}, {"a/b/../c", "a/c/x"}, {"", ""}, {"x", "x/../y"},
	}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], rel, err)
	}
	fmt.Println(filepath.HasPrefix("/a/b", "/a"), filepath.HasPrefix("/a/b", "/b"))

	for _, m := range [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"*/*.go", "dir/main.go"},
		{"[a-c]?.txt", "bx.txt"}, {"[!a]*", "b"}, {"[^a]*", "a"}, {"a\\*", "a*"}, {"[", "x"}, {"a[b-", "ab"}} {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v %v\n", m[0], m[1], ok, err)
	}
	fmt.Println(filepath.ErrBadPattern, filepath.SkipDir)
}
