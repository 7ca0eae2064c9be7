// close of bidirectional and send-only channels; clear of maps and slices. Neither yields a value.
package main

func main() {
	c := make(chan int)
	var snd chan<- int = c
	var rcv <-chan int = c
	_ = rcv
	close(c)
	close(snd)
	m := map[string]int{}
	s := []int{1}
	clear(m)
	clear(s)

	close(1)     // ERROR "^invalid operation: cannot close non-channel 1 \(untyped int constant\)$"
	close(rcv)   // ERROR "^invalid operation: cannot close receive-only channel rcv \(variable of type <-chan int\)$"
	close()      // ERROR "^invalid operation: not enough arguments for close\(\) \(expected 1, found 0\)$"
	_ = close(c) // ERROR "close\(c\) \(no value\) used as value"
	clear(1)     // ERROR "^invalid argument: cannot clear 1 \(untyped int constant\): argument must be \(or constrained by\) map or slice$"
	_ = clear(m) // ERROR "clear\(m\) \(no value\) used as value"
}
