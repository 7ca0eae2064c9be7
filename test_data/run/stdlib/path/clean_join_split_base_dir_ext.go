package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "abc", "abc/", "abc/def", "a/b/../c", "a/./b", "/../a",
		"../../a/b", "a//b///c", "/a/b/c/../../..", "a/../..", "./a/", "abc/.../def", "/abc/./../def/."} {
		dir, file := path.Split(p)
		fmt.Printf("%-18q Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v Split=(%q,%q)\n", p, path.Clean(p), path.Base(p),
			path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	for _, p := range []string{"file.go", "a/b.tar.gz", "a.b/c", ".hidden", "noext", "dot.", "/x/y.z/"} {
		fmt.Printf("Ext(%q) = %q\n", p, path.Ext(p))
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join(""))
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "b", "c"))
	fmt.Printf("%q\n", path.Join("a", "", "c"))
	fmt.Printf("%q\n", path.Join("/", "a"))
	fmt.Printf("%q\n", path.Join("a/", "/b/"))
	fmt.Printf("%q\n", path.Join("a", "../../b"))
	fmt.Printf("%q\n", path.Join("", "/x"))
}
