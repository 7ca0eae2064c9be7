package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	// The program runs in a fresh temporary directory (the runner's and update-run-goldens').
	files := map[string]string{
		"proj/main.go":               "package main\n",
		"proj/README.md":             "# proj\n",
		"proj/internal/util.go":      "package util\n\nfunc X() {}\n",
		"proj/internal/util_test.go": "package util\n",
		"proj/cmd/tool/tool.go":      "package main\n",
		"proj/.git/config":           "[core]\n",
		"proj/docs/guide.MD":         "guide\n",
		"proj/vendor/dep/dep.go":     "package dep\n",
	}
	var paths []string
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			panic(err)
		}
		if err := os.WriteFile(p, []byte(files[p]), 0o644); err != nil {
			panic(err)
		}
	}

	byExt := map[string][]string{}
	var total int64
	err := filepath.WalkDir("proj", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "vendor") {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		total += info.Size()
		rel, _ := filepath.Rel("proj", p)
		ext := strings.ToLower(filepath.Ext(p))
		byExt[ext] = append(byExt[ext], rel)
		return nil
	})
	fmt.Println("walk:", err, "bytes:", total)
	fmt.Println(byExt)

	var tests []string
	filepath.Walk("proj", func(p string, info fs.FileInfo, err error) error {
		if ok, _ := filepath.Match("*_test.go", info.Name()); ok {
			tests = append(tests, filepath.ToSlash(p))
		}
		return nil
	})
	fmt.Println("tests:", tests)

	m, _ := filepath.Glob(filepath.Join("proj", "*", "*.go"))
	fmt.Println("glob:", m)
	m, _ = filepath.Glob("proj/*/*/*.go")
	fmt.Println("glob2:", m)

	for _, p := range []string{"proj/internal/util.go", "proj/cmd/tool/tool.go"} {
		dir, file := filepath.Split(p)
		base := strings.TrimSuffix(file, filepath.Ext(file))
		fmt.Println(dir, file, base, filepath.Join(dir, base+".out"), filepath.Base(filepath.Dir(p)))
	}
}
