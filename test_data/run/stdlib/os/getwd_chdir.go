package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	start, err := os.Getwd()
	fmt.Println(err, strings.HasPrefix(start, "/"))
	os.Mkdir("inner", 0755)
	fmt.Println(os.Chdir("inner"))
	wd, _ := os.Getwd()
	fmt.Println(wd == start+"/inner", strings.TrimPrefix(wd, start))
	os.WriteFile("here.txt", []byte("inside"), 0644)
	fmt.Println(os.Chdir(".."))
	data, err := os.ReadFile("inner/here.txt")
	fmt.Printf("%q %v\n", data, err)

	// File.Chdir.
	d, _ := os.Open("inner")
	fmt.Println(d.Chdir())
	wd, _ = os.Getwd()
	fmt.Println(strings.TrimPrefix(wd, start))
	os.Chdir(start)
	f, _ := os.Open("inner/here.txt")
	fmt.Println(f.Chdir())
	f.Close()
	d.Close()
	fmt.Println(os.RemoveAll("inner"))
}
