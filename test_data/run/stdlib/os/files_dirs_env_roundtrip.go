package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir := fmt.Sprintf("%s/vo_os_test_%d", os.TempDir(), os.Getpid())
	os.RemoveAll(dir)
	fmt.Println(os.MkdirAll(dir+"/a/b", 0755))
	err := os.WriteFile(dir+"/a/f.txt", []byte("hello\nworld\n"), 0644)
	fmt.Println(err)
	data, err := os.ReadFile(dir + "/a/f.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	fi, err := os.Stat(dir + "/a/f.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	fi, _ = os.Stat(dir + "/a")
	fmt.Println(fi.Name(), fi.Mode(), fi.IsDir())
	entries, _ := os.ReadDir(dir + "/a")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(os.Mkdir(dir+"/a", 0755) != nil, os.IsExist(os.Mkdir(dir+"/a", 0755)))
	f, _ := os.Create(dir + "/g.txt")
	fmt.Fprintf(f, "x=%d\n", 5)
	f.Close()
	b, _ := os.ReadFile(dir + "/g.txt")
	fmt.Print(string(b))
	fmt.Println(os.Rename(dir+"/g.txt", dir+"/h.txt"), os.Remove(dir+"/h.txt"))
	os.Setenv("VO_TEST_VAR", "42")
	v, ok := os.LookupEnv("VO_TEST_VAR")
	fmt.Println(os.Getenv("VO_TEST_VAR"), v, ok, os.ExpandEnv("v=$VO_TEST_VAR ${VO_TEST_VAR}!"))
	os.Unsetenv("VO_TEST_VAR")
	_, ok = os.LookupEnv("VO_TEST_VAR")
	fmt.Println(ok, os.Setenv("", "x"))
	fmt.Println(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))
}
