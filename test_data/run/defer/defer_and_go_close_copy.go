// Deferred and go'd calls of the built-in functions close and copy: their arguments are evaluated at the defer or
// go statement, the call happens later.
package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int, n)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	for v := range produce(4) {
		fmt.Println("got", v)
	}

	ch := make(chan int)
	go close(ch)
	_, ok := <-ch
	fmt.Println("closed by go close:", !ok)

	dst := make([]int, 3)
	src := []int{7, 8, 9}
	func() {
		defer copy(dst, src) // src's elements are read when the deferred call runs
		src[0] = 70
		fmt.Println("before return:", dst)
	}()
	fmt.Println("after return:", dst)

	b := make([]byte, 5)
	func() {
		s := "hello"
		defer copy(b, s)
		s = "world" // the argument was evaluated already
	}()
	fmt.Println(string(b))

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilch chan int
	func() {
		defer close(nilch)
		fmt.Println("closing a nil channel on return")
	}()
}
