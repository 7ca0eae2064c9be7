package main

import "fmt"

type res struct{ name string }

func (r res) Close()     { fmt.Println("close", r.name) }
func (r *res) Rename()   { r.name = "renamed" }
func (r *res) CloseP()   { fmt.Println("closeP", r.name) }

func main() {
	r := res{"first"}
	defer r.Close()  // receiver copied now
	defer r.CloseP() // pointer receiver: sees later changes
	r.Rename()
	var f func() = func() { fmt.Println("func value") }
	defer f()
	f = func() { fmt.Println("never") }
	fmt.Println("main ends")
}
