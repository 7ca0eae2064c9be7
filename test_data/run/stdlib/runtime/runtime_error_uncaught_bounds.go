// An unrecovered index error prints Go's panic line (the goroutine trace is normalised away) and exits 2.
package main

import "fmt"

func main() {
	s := make([]int, 3)
	i := 10
	fmt.Println("before")
	fmt.Println(s[i])
}
