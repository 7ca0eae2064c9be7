package main

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	data, err := ioutil.ReadAll(strings.NewReader("read all of it"))
	fmt.Printf("ReadAll %q %v\n", data, err)

	fmt.Println("WriteFile:", ioutil.WriteFile("f.txt", []byte("file body\n"), 0644))
	data, err = ioutil.ReadFile("f.txt")
	fmt.Printf("ReadFile %q %v\n", data, err)
	_, err = ioutil.ReadFile("missing.txt")
	fmt.Println("ReadFile missing:", err, os.IsNotExist(err))
	fmt.Println("WriteFile bad dir:", ioutil.WriteFile("no/dir/f.txt", nil, 0644))

	os.Mkdir("d", 0755)
	os.WriteFile("d/z", []byte("zz"), 0600)
	os.WriteFile("d/a", []byte("a"), 0644)
	os.Mkdir("d/m", 0700)
	infos, err := ioutil.ReadDir("d")
	fmt.Println("ReadDir:", len(infos), err)
	for _, fi := range infos {
		if fi.IsDir() {
			fmt.Println(" ", fi.Name(), fi.Mode())
		} else {
			fmt.Println(" ", fi.Name(), fi.Mode(), fi.Size())
		}
	}
	_, err = ioutil.ReadDir("nope")
	fmt.Println("ReadDir missing:", err)
	_, err = ioutil.ReadDir("f.txt")
	fmt.Println("ReadDir file:", err)

	rc := ioutil.NopCloser(strings.NewReader("nop"))
	fmt.Println("NopCloser:", rc.Close())
	n, err := ioutil.Discard.Write([]byte("gone"))
	fmt.Println("Discard:", n, err, ioutil.Discard == io.Discard)

	dir, err := ioutil.TempDir(".", "tmp-*-x")
	fmt.Println("TempDir:", err, strings.HasPrefix(dir, "./tmp-"), strings.HasSuffix(dir, "-x"))
	f, err := ioutil.TempFile(dir, "file*.txt")
	fmt.Println("TempFile:", err, strings.HasPrefix(f.Name(), dir+"/file"), strings.HasSuffix(f.Name(), ".txt"))
	f.Close()
	_, err = ioutil.TempFile(".", "bad/pattern")
	fmt.Println("TempFile bad pattern:", err)
	_, err = ioutil.TempDir(".", "bad/pattern")
	fmt.Println("TempDir bad pattern:", err)
	fmt.Println(os.RemoveAll(dir), os.RemoveAll("d"), os.Remove("f.txt"))
}
